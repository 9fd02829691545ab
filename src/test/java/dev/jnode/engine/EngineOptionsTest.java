package dev.jnode.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EngineOptionsTest {

    @Test
    void localeComesFromLangWithoutCodeset() {
        assertThat(EngineOptions.defaultLocale(Map.of("LANG", "de_DE.UTF-8"))).isEqualTo("de-DE");
    }

    @Test
    void lcAllWinsOverLcMessagesWhichWinsOverLang() {
        assertThat(EngineOptions.defaultLocale(Map.of("LC_ALL", "fr_FR", "LC_MESSAGES", "ja_JP", "LANG", "de_DE")))
            .isEqualTo("fr-FR");
        assertThat(EngineOptions.defaultLocale(Map.of("LC_ALL", "", "LC_MESSAGES", "ja_JP", "LANG", "de_DE")))
            .isEqualTo("ja-JP");
    }

    @Test
    void cPosixAndNothingAreAmericanEnglish() {
        assertThat(EngineOptions.defaultLocale(Map.of("LANG", "C.UTF-8"))).isEqualTo("en-US");
        assertThat(EngineOptions.defaultLocale(Map.of("LANG", "POSIX"))).isEqualTo("en-US");
        assertThat(EngineOptions.defaultLocale(Map.of())).isEqualTo("en-US");
    }

    @Test
    void modifierBecomesTheVariantWhenItCanBeOne() {
        assertThat(EngineOptions.defaultLocale(Map.of("LANG", "ca_ES.UTF-8@valencia"))).isEqualTo("ca-ES-valencia");
        assertThat(EngineOptions.defaultLocale(Map.of("LANG", "de_DE@euro"))).isEqualTo("de-DE");
    }
}
