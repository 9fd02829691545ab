package dev.jnode.pm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IntegrityTest {
    private static final byte[] DATA = "hello".getBytes(StandardCharsets.UTF_8);

    @Test
    void verifiesSha512() {
        Integrity i = Integrity.of("sha512", DATA);
        assertThat(Integrity.parse(i.toString()).matches(DATA)).isTrue();
        assertThat(Integrity.parse(i.toString()).matches("hellO".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void picksTheStrongestOfSeveral() {
        String sri = Integrity.of("sha1", DATA) + " " + Integrity.of("sha512", DATA);
        assertThat(Integrity.parse(sri).algorithm()).isEqualTo("sha512");
    }

    @Test
    void readsAnOldHexShasum() {
        // sha1("hello")
        Integrity i = Integrity.fromShasum("aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d");
        assertThat(i.matches(DATA)).isTrue();
        assertThat(i.toString()).isEqualTo("sha1-qvTGHdzF6KLavt4PO0gs2a6pQ00=");
    }

    @Test
    void ignoresUnknownAlgorithmsAndGarbage() {
        assertThat(Integrity.parse("md5-abc nonsense")).isNull();
    }
}
