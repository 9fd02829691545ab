package dev.jnode.engine;

import dev.jnode.buffer.BufferBinding;
import dev.jnode.childprocess.ChildProcessBinding;
import dev.jnode.crypto.CryptoBinding;
import dev.jnode.fs.FsBinding;
import dev.jnode.http.HttpParserBinding;
import dev.jnode.module.ModuleBinding;
import dev.jnode.process.ProcessBinding;
import dev.jnode.process.OsBinding;
import dev.jnode.net.DnsBinding;
import dev.jnode.net.TcpBinding;
import dev.jnode.net.UdpBinding;
import dev.jnode.stdio.StdioBinding;
import dev.jnode.tls.TlsBinding;
import dev.jnode.url.UrlBinding;
import dev.jnode.util.UtilBinding;
import dev.jnode.v8.V8Binding;
import dev.jnode.vm.ContextifyBinding;
import dev.jnode.worker.WorkerBinding;
import dev.jnode.zlib.ZlibBinding;
import java.util.HashMap;
import java.util.Map;
import org.graalvm.polyglot.HostAccess;

/**
 * The one registry of Java bindings that JavaScript reaches through {@code internalBinding(name)}.
 * Each binding is created on first use, so a hello-world pays only for what it touches.
 */
public final class Bindings {
    private final JsRuntime runtime;
    private final LaunchInfo launch;
    private final Map<String, Object> created = new HashMap<>();
    private final ErrorsBinding errors = new ErrorsBinding();
    private final NativesBinding natives;

    Bindings(JsRuntime runtime, LaunchInfo launch) {
        this.runtime = runtime;
        this.launch = launch;
        this.natives = new NativesBinding(runtime);
    }

    NativesBinding natives() {
        return natives;
    }

    @HostAccess.Export
    public Object get(String name) {
        Object binding = created.get(name);
        if (binding == null) {
            binding = create(name);
            created.put(name, binding);
        }
        return binding;
    }

    private Object create(String name) {
        return switch (name) {
            case "natives" -> natives;
            case "errors" -> errors;
            case "process" -> new ProcessBinding(runtime, launch, errors);
            case "os" -> new OsBinding();
            case "fs" -> new FsBinding(runtime, errors);
            case "module" -> new ModuleBinding(errors, runtime.moduleFiles());
            case "util" -> new UtilBinding();
            case "buffer" -> new BufferBinding();
            case "task_queue" -> new TaskQueueBinding(runtime);
            case "async_context" -> new AsyncContextBinding();
            case "child_process" -> new ChildProcessBinding(runtime);
            case "url" -> new UrlBinding();
            case "stdio" -> new StdioBinding(runtime);
            case "tcp" -> new TcpBinding(runtime);
            case "dns" -> new DnsBinding(runtime);
            case "udp" -> new UdpBinding(runtime);
            case "tls" -> new TlsBinding(runtime);
            case "http_parser" -> new HttpParserBinding();
            case "crypto" -> new CryptoBinding(runtime);
            case "zlib" -> new ZlibBinding(runtime);
            case "v8" -> new V8Binding();
            case "worker" -> new WorkerBinding(runtime, launch);
            case "contextify" -> new ContextifyBinding();
            default -> throw new IllegalArgumentException("No such binding: " + name);
        };
    }
}
