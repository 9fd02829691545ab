package dev.jnode.pm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpmConfigTest {
    @TempDir
    Path tmp;

    private NpmConfig load(String projectRc, String userRc, Map<String, String> extraEnv) throws IOException {
        Files.writeString(tmp.resolve(".npmrc"), projectRc);
        Path user = Files.writeString(tmp.resolve("user-npmrc"), userRc);
        var env = new java.util.HashMap<>(extraEnv);
        env.put("NPM_CONFIG_USERCONFIG", user.toString());
        env.put("NPM_CONFIG_GLOBALCONFIG", tmp.resolve("none").toString());
        return NpmConfig.load(tmp, env);
    }

    @Test
    void projectOverridesUser() throws IOException {
        NpmConfig c = load("registry=https://project.example/\n", "registry=https://user.example/\n", Map.of());
        assertThat(c.registryFor("x")).isEqualTo("https://project.example/");
    }

    @Test
    void scopedRegistries() throws IOException {
        NpmConfig c = load("@corp:registry=https://corp.example/npm\n", "", Map.of());
        assertThat(c.registryFor("@corp/lib")).isEqualTo("https://corp.example/npm/");
        assertThat(c.registryFor("@other/lib")).isEqualTo(NpmConfig.DEFAULT_REGISTRY);
    }

    @Test
    void authTokenByLongestMatchingPathWithEnvExpansion() throws IOException {
        NpmConfig c = load("//corp.example/npm/:_authToken=${TOKEN}\n; a comment\n# another\n",
                "//corp.example/:_authToken=host-wide\n", Map.of("TOKEN", "s3cret"));
        assertThat(c.authorizationFor("https://corp.example/npm/lib")).isEqualTo("Bearer s3cret");
        assertThat(c.authorizationFor("https://corp.example/other/lib")).isEqualTo("Bearer host-wide");
        assertThat(c.authorizationFor("https://elsewhere.example/lib")).isNull();
    }

    @Test
    void environmentOverridesFiles() throws IOException {
        NpmConfig c = load("registry=https://project.example/\n", "", Map.of("npm_config_registry", "https://env.example"));
        assertThat(c.registryFor("x")).isEqualTo("https://env.example/");
    }
}
