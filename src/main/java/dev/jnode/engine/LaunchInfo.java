package dev.jnode.engine;

import java.util.List;
import java.util.Map;

/**
 * What the command line asked for, as the runtime needs it.
 *
 * @param argv            process.argv: [execPath, script?, ...args]
 * @param execArgv        the node options that came before the script
 * @param mode            how the entry point is given
 * @param entry           the script path, or the code for eval/print
 * @param preload         modules given with -r/--require, in order
 * @param inputType       --input-type (commonjs or module), or null
 * @param stackTraceLimit --stack-trace-limit, or -1 for Node's default (10)
 * @param optionValues    every option given, by long name, for {@code getOptionValue} in JavaScript
 */
public record LaunchInfo(List<String> argv, List<String> execArgv, Mode mode, String entry, List<String> preload,
                         String inputType, int stackTraceLimit, Map<String, Object> optionValues) {

    /** Where the main program comes from (INTERNAL: one of jnode's own modules, for its own worker threads). */
    public enum Mode { FILE, EVAL, PRINT, STDIN, REPL, INTERNAL }
}
