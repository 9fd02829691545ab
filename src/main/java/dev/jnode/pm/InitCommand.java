package dev.jnode.pm;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code jnode init -y}: the package.json {@code npm init -y} writes, fields already present kept. */
final class InitCommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    private InitCommand() {}

    static int run(List<String> args, Path dir, PrintStream out) throws IOException {
        if (!args.contains("-y") && !args.contains("--yes")) {
            throw new PmException("EUNSUPPORTED", "jnode init asks no questions yet: run `jnode init -y` "
                    + "and edit package.json");
        }
        Path file = dir.resolve("package.json");
        JsonNode existing = Files.isRegularFile(file) ? JSON.readTree(file.toFile()) : JSON.createObjectNode();
        ObjectNode defaults = JSON.createObjectNode();
        defaults.put("name", defaultName(dir));
        defaults.put("version", "1.0.0");
        defaults.put("description", "");
        defaults.put("main", "index.js");
        defaults.putObject("scripts").put("test", "echo \"Error: no test specified\" && exit 1");
        defaults.putArray("keywords");
        defaults.put("author", "");
        defaults.put("license", "ISC");
        defaults.put("type", "commonjs");
        // npm keeps what package.json already says, in its order, and appends the defaults it lacks
        ObjectNode pkg = existing.isObject() ? (ObjectNode) existing.deepCopy() : JSON.createObjectNode();
        defaults.properties().forEach(e -> {
            if (!pkg.has(e.getKey())) {
                pkg.set(e.getKey(), e.getValue());
            }
        });
        String text = NiceJson.plain(pkg, "  ");
        Files.writeString(file, text);
        out.println("Wrote to " + file + ":\n\n" + text + "\n");
        return 0;
    }

    /** init-package-json's name from the folder: no {@code node-} prefix or {@code .js}/{@code -js} suffix, spaces as dashes, lower case. */
    static String defaultName(Path dir) {
        String base = dir.getFileName().toString();
        return base.replaceAll("^node-|[.-]js$", "").replaceAll("\\s+", " ").replace(' ', '-').toLowerCase(Locale.ROOT);
    }
}
