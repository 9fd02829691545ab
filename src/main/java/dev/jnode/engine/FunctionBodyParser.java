package dev.jnode.engine;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * Compiles a function body so that its source positions are the body's own, as V8's CompileFunction does for
 * Node: line 1, column 1 is the first character of the file, not of a wrapper written in front of it.
 *
 * <p>The polyglot API can only evaluate whole sources, and a wrapper head on line 1 shifts every column of that
 * line. GraalJS has a parse mode made for Node embeddings: {@code Env.parsePublic(source,
 * "%NODE_ENV_PARSE_TOKEN%", prefix, suffix, strict)} parses {@code prefix + source + suffix} but keeps positions
 * in {@code source}. It is reached through GraalJS's realm ({@code JSRealm.get(null).getEnv()}), which needs
 * {@code --add-exports=org.graalvm.js/com.oracle.truffle.js.runtime=ALL-UNNAMED}; {@link #open()} answers null
 * when that is missing, and the caller falls back to a wrapper.
 */
final class FunctionBodyParser {
    private static final String NODE_ENV_PARSE_TOKEN = "%NODE_ENV_PARSE_TOKEN%";

    private final MethodHandle currentRealm;
    private final MethodHandle envOfRealm;
    private final MethodHandle parsePublic;
    private final MethodHandle newSource;
    private final MethodHandle buildSource;
    private final MethodHandle publicFile;
    private final MethodHandle newFileSource;
    private final MethodHandle fileSourceContent;
    private final MethodHandle fileSourceName;
    private final MethodHandle fileSourceMimeType;
    private final MethodHandle canonicalize;
    private final MethodHandle callTarget;
    private final Class<?> jsException;

    private FunctionBodyParser() throws ReflectiveOperationException {
        Module js = ModuleLayer.boot().findModule("org.graalvm.js").orElseThrow(ClassNotFoundException::new);
        ClassLoader loader = js.getClassLoader();
        Class<?> realm = Class.forName("com.oracle.truffle.js.runtime.JSRealm", false, loader);
        Class<?> node = Class.forName("com.oracle.truffle.api.nodes.Node", false, loader);
        Class<?> env = Class.forName("com.oracle.truffle.api.TruffleLanguage$Env", false, loader);
        Class<?> source = Class.forName("com.oracle.truffle.api.source.Source", false, loader);
        Class<?> literalBuilder = Class.forName("com.oracle.truffle.api.source.Source$LiteralBuilder", false, loader);
        Class<?> target = Class.forName("com.oracle.truffle.api.CallTarget", false, loader);
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        currentRealm = lookup.findStatic(realm, "get", MethodType.methodType(realm, node));
        envOfRealm = lookup.findVirtual(realm, "getEnv", MethodType.methodType(env));
        parsePublic = lookup.findVirtual(env, "parsePublic", MethodType.methodType(target, source, String[].class));
        newSource = lookup.findStatic(source, "newBuilder",
                MethodType.methodType(literalBuilder, String.class, CharSequence.class, String.class));
        buildSource = lookup.findVirtual(literalBuilder, "build", MethodType.methodType(source));
        Class<?> truffleFile = Class.forName("com.oracle.truffle.api.TruffleFile", false, loader);
        Class<?> fileBuilder = Class.forName("com.oracle.truffle.api.source.Source$SourceBuilder", false, loader);
        publicFile = lookup.findVirtual(env, "getPublicTruffleFile", MethodType.methodType(truffleFile, String.class));
        newFileSource = lookup.findStatic(source, "newBuilder",
                MethodType.methodType(fileBuilder, String.class, truffleFile));
        fileSourceContent = lookup.findVirtual(fileBuilder, "content",
                MethodType.methodType(literalBuilder, CharSequence.class));
        fileSourceName = lookup.findVirtual(fileBuilder, "name", MethodType.methodType(fileBuilder, String.class));
        fileSourceMimeType = lookup.findVirtual(fileBuilder, "mimeType", MethodType.methodType(fileBuilder, String.class));
        canonicalize = lookup.findVirtual(fileBuilder, "canonicalizePath", MethodType.methodType(fileBuilder, boolean.class));
        callTarget = lookup.findVirtual(target, "call", MethodType.methodType(Object.class, Object[].class));
        jsException = Class.forName("com.oracle.truffle.js.runtime.JSException", false, loader);
    }

    /** The parser, or null when GraalJS's internals are out of reach. */
    static FunctionBodyParser open() {
        try {
            return new FunctionBodyParser();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /**
     * {@code function (params) { body }} named after {@code name}, with the body's own positions; null when the
     * body does not parse. The caller then compiles it the plain way to raise the SyntaxError: thrown from
     * here, GraalJS's own exception would reach JavaScript as a host exception.
     */
    Value compile(String name, String body, String params) {
        Object fn;
        try {
            Object env = envOfRealm.invoke(currentRealm.invoke((Object) null));
            Object source = name.startsWith("/") ? fileSource(env, name, body)
                    : buildSource.invoke(newSource.invoke("js", (CharSequence) body, name));
            String[] mode = {NODE_ENV_PARSE_TOKEN, "(function (" + params + ") {", "\n})", "false"};
            fn = callTarget.invoke(parsePublic.invoke(env, source, mode), new Object[0]);
        } catch (Throwable e) {
            if (jsException.isInstance(e)) {
                return null;
            }
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
        return Context.getCurrent().asValue(fn);
    }

    /**
     * A source that is the file at {@code path} (with {@code text} as its content): GraalJS resolves the
     * {@code import()} calls of a module against its source's path, which a literal source lacks.
     */
    private Object fileSource(Object env, String path, String text) throws Throwable {
        // A script: the module file system would otherwise type every file an ES module.
        Object builder = fileSourceMimeType.invoke(
                fileSourceName.invoke(newFileSource.invoke("js", publicFile.invoke(env, path)), path), "application/javascript");
        builder = canonicalize.invoke(builder, false);
        return buildSource.invoke(fileSourceContent.invoke(builder, (CharSequence) text));
    }
}
