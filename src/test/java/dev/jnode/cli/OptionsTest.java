package dev.jnode.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {

    private static Options parse(String... args) throws Options.BadOption {
        return Options.parse(null, List.of(args));
    }

    @Test
    void scriptAndItsArgumentsEndOptionParsing() throws Exception {
        Options o = parse("--no-warnings", "app.js", "--foo", "-e", "x");
        assertThat(o.script).isEqualTo("app.js");
        assertThat(o.scriptArgs).containsExactly("--foo", "-e", "x");
        assertThat(o.execArgv).containsExactly("--no-warnings");
        assertThat(o.flag("--no-warnings")).isTrue();
    }

    @Test
    void evalTakesTheNextArgument() throws Exception {
        Options o = parse("-e", "console.log(1)", "a", "b");
        assertThat(o.value("--eval")).isEqualTo("console.log(1)");
        assertThat(o.script).isEqualTo("a");
        assertThat(o.scriptArgs).containsExactly("b");
    }

    @Test
    void printTakesCodeWhenTheNextWordIsNotAnOption() throws Exception {
        Options o = parse("-p", "1+1");
        assertThat(o.flag("--print")).isTrue();
        assertThat(o.value("--eval")).isEqualTo("1+1");
    }

    @Test
    void printBeforeEvalOnlyMarksPrinting() throws Exception {
        Options o = parse("-p", "-e", "process.argv", "x");
        assertThat(o.flag("--print")).isTrue();
        assertThat(o.value("--eval")).isEqualTo("process.argv");
    }

    @Test
    void pePrintsAndEvaluates() throws Exception {
        Options o = parse("-pe", "2*3");
        assertThat(o.flag("--print")).isTrue();
        assertThat(o.value("--eval")).isEqualTo("2*3");
    }

    @Test
    void inlineValuesAndRepeatableRequires() throws Exception {
        Options o = parse("--require=a", "-r", "b", "--stack-trace-limit=5", "main.js");
        assertThat(o.list("--require")).containsExactly("a", "b");
        assertThat(o.value("--stack-trace-limit")).isEqualTo("5");
    }

    @Test
    void loaderIsARepeatableAliasOfExperimentalLoader() throws Exception {
        Options o = parse("--experimental-loader", "./a.mjs", "--loader=./b.mjs", "main.mjs");
        assertThat(o.list("--experimental-loader")).containsExactly("./a.mjs", "./b.mjs");
        assertThat(o.script).isEqualTo("main.mjs");
    }

    @Test
    void doubleDashStartsTheScript() throws Exception {
        Options o = parse("--", "-weird-name.js", "x");
        assertThat(o.script).isEqualTo("-weird-name.js");
        assertThat(o.scriptArgs).containsExactly("x");
    }

    @Test
    void doubleDashAfterEvalStartsTheArguments() throws Exception {
        Options o = parse("-e", "0", "--", "--foo", "x");
        assertThat(o.script).isNull();
        assertThat(o.scriptArgs).containsExactly("--foo", "x");
    }

    @Test
    void unknownOptionIsABadOption() {
        assertThatThrownBy(() -> parse("--definitely-not-an-option"))
                .isInstanceOf(Options.BadOption.class).hasMessage("bad option: --definitely-not-an-option");
    }

    @Test
    void noOpFlagsOfAlwaysOnFeaturesCannotBeNegated() throws Exception {
        assertThat(parse("--experimental-fetch", "-e", "0").script).isNull();
        assertThatThrownBy(() -> parse("--no-experimental-fetch", "-e", "0")).isInstanceOf(Options.BadOption.class)
                .hasMessage("--no-experimental-fetch is an invalid negation because it is not a boolean option");
        assertThatThrownBy(() -> parse("--no-experimental-global-webcrypto"))
                .hasMessage("--no-experimental-global-webcrypto is an invalid negation because it is not a boolean option");
    }

    @Test
    void missingValueIsReported() {
        assertThatThrownBy(() -> parse("-r")).hasMessage("-r requires an argument");
    }

    @Test
    void inputTypeIsValidated() {
        assertThatThrownBy(() -> parse("--input-type=bad", "-e", "1"))
                .hasMessageStartingWith("--input-type must be");
    }

    @Test
    void noPrefixNegatesAKnownFlag() throws Exception {
        Options o = parse("--no-expose-gc", "x.js");
        assertThat(o.flag("--expose-gc")).isFalse();
        assertThat(o.values).containsEntry("--expose-gc", false);
    }

    @Test
    void nodeOptionsApplyButStayOutOfExecArgv() throws Exception {
        Options o = Options.parse("--no-warnings --require \"my mod\"", List.of("app.js"));
        assertThat(o.flag("--no-warnings")).isTrue();
        assertThat(o.list("--require")).containsExactly("my mod");
        assertThat(o.execArgv).isEmpty();
    }

    @Test
    void evalIsNotAllowedInNodeOptions() {
        assertThatThrownBy(() -> Options.parse("-e 1", List.of()))
                .hasMessage("-e is not allowed in NODE_OPTIONS");
    }

    @Test
    void nodeOptionsSplitOnSpacesWithQuotes() {
        assertThat(Options.splitNodeOptions("  -r \"a b\"  --x=\"c\\\"d\" ")).containsExactly("-r", "a b", "--x=c\"d");
    }

    @Test
    void kindOfNamesWhetherAnOptionTakesAnArgument() {
        assertThat(Options.kindOf("--no-warnings")).isEqualTo("flag");
        assertThat(Options.kindOf("--no_warnings")).isEqualTo("flag");
        assertThat(Options.kindOf("--redirect-warnings")).isEqualTo("value");
        assertThat(Options.kindOf("-r")).isEqualTo("list");
        assertThat(Options.kindOf("--no-deprecation")).isEqualTo("flag");
        assertThat(Options.kindOf("--no-such-option")).isNull();
        assertThat(Options.kindOf("--no-experimental-fetch")).isNull();
    }

    @Test
    void aWorkersExecArgvOverlaysItsParentsOptionsAndAppendsRepeatableOnes() throws Exception {
        Options parent = parse("-C", "dev", "--pending-deprecation", "main.js");
        var merged = parse("--no-addons", "--conditions=test").over(parent.values);
        assertThat(merged).containsEntry("--no-addons", true).containsEntry("--pending-deprecation", true);
        assertThat(merged.get("--conditions")).isEqualTo(List.of("dev", "test"));
        assertThat(parent.list("--conditions")).containsExactly("dev");
    }

    @Test
    void checkAndEvalTogetherAreRefused() {
        assertThatThrownBy(() -> parse("--check", "-e", "1")).hasMessage("either --check or --eval can be used, not both");
        assertThatThrownBy(() -> parse("-p", "1", "-c")).hasMessage("either --check or --eval can be used, not both");
    }
}
