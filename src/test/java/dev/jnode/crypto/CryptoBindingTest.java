package dev.jnode.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jnode.buffer.Codec;
import org.junit.jupiter.api.Test;

/** CryptoBinding's string paths, which need no JavaScript context, against Node 24's answers. */
class CryptoBindingTest {
    private static final int HEX = 6;
    private final CryptoBinding binding = new CryptoBinding(null);

    private String sha256(String input, int encoding) throws Exception {
        CryptoBinding.Digest digest = binding.newHash("sha256");
        binding.updateString(digest, input, encoding);
        return binding.finish(digest, HEX);
    }

    @Test
    void hashesAStringInItsEncoding() throws Exception {
        assertThat(sha256("abc", Codec.UTF8))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(sha256("616263", HEX)).isEqualTo(sha256("abc", Codec.UTF8));
    }

    @Test
    void loneSurrogatesHashAsTheReplacementCharacter() throws Exception {
        assertThat(sha256("\ud800", Codec.UTF8)).isEqualTo(sha256("\ufffd", Codec.UTF8));
    }

    @Test
    void aCopyContinuesIndependently() throws Exception {
        CryptoBinding.Digest original = binding.newHash("md5");
        binding.updateString(original, "a", Codec.UTF8);
        CryptoBinding.Digest copy = binding.copy(original);
        binding.updateString(original, "b", Codec.UTF8);
        binding.updateString(copy, "c", Codec.UTF8);
        assertThat(binding.finish(original, HEX)).isEqualTo("187ef4436122d1cc2f40dc2b92f0eba0");
        assertThat(binding.finish(copy, HEX)).isEqualTo("e2075474294983e013ee4dd2201c7a73");
    }

    @Test
    void unknownDigestsAreNull() throws Exception {
        assertThat(binding.newHash("sha512/256")).isNull();
        assertThat(binding.isMissingDigest("md5-sha1")).isTrue();
        assertThat(binding.newHash("ripemd160")).isNotNull();
    }

    @Test
    void randomBytesAreLatin1OfTheAskedLength() {
        assertThat(binding.randomBytes(33)).hasSize(33).matches("[\\u0000-\\u00ff]*");
        assertThat(binding.randomInt(-5, -4)).isEqualTo(-5);
    }
}
