package dev.jnode.module;

/**
 * A resolution failure with Node's error code ({@code ERR_PACKAGE_PATH_NOT_EXPORTED}, {@code MODULE_NOT_FOUND}, ...)
 * and message text; {@link ModuleBinding} turns it into a JavaScript error of the same shape.
 */
public final class ModuleResolutionException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String url;

    public ModuleResolutionException(String code, String message) {
        this(code, message, null);
    }

    /** With the URL resolution arrived at, for a file that is missing or a directory (Node's {@code error.url}). */
    public ModuleResolutionException(String code, String message, String url) {
        super(message, null, false, false);
        this.code = code;
        this.url = url;
    }

    public String code() {
        return code;
    }

    /** The resolved URL the error is about, or null. */
    public String url() {
        return url;
    }

    static ModuleResolutionException invalidPackageConfig(String pjsonPath, String base, String detail) {
        return new ModuleResolutionException("ERR_INVALID_PACKAGE_CONFIG", "Invalid package config " + pjsonPath
                + (base != null ? " while importing " + baseUrl(base) : "") + "." + (detail != null ? " " + detail : ""));
    }

    /** The importer as Node names it in package config errors: a file URL (a directory's keeps its slash). */
    private static String baseUrl(String base) {
        return FileUrl.of(java.nio.file.Path.of(base)) + (base.endsWith("/") && !base.equals("/") ? "/" : "");
    }

    static ModuleResolutionException invalidModuleSpecifier(String request, String reason, String base) {
        return new ModuleResolutionException("ERR_INVALID_MODULE_SPECIFIER",
                "Invalid module \"" + request + "\" " + reason + importedFrom(base));
    }

    static ModuleResolutionException notFound(String request) {
        return new ModuleResolutionException("MODULE_NOT_FOUND", "Cannot find module '" + request + "'");
    }

    static String importedFrom(String base) {
        return base != null ? " imported from " + base : "";
    }
}
