package dev.jnode.vm;

import com.oracle.js.parser.ir.Module.ImportPhase;
import com.oracle.js.parser.ir.Module.ModuleRequest;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.js.runtime.GraalJSException;
import com.oracle.truffle.js.runtime.JSRealm;
import com.oracle.truffle.js.runtime.Strings;
import com.oracle.truffle.js.runtime.objects.AbstractModuleRecord;
import com.oracle.truffle.js.runtime.objects.CyclicModuleRecord;
import com.oracle.truffle.js.runtime.objects.JSModuleData;
import com.oracle.truffle.js.runtime.objects.JSModuleLoader;
import com.oracle.truffle.js.runtime.objects.JSModuleRecord;
import com.oracle.truffle.js.runtime.objects.ScriptOrModule;
import com.oracle.truffle.js.runtime.objects.SyntheticModuleRecord;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The record behind a vm.Module: a source text module GraalJS parsed, or a synthetic one whose exports JavaScript
 * sets. GraalJS links and evaluates it; the module is its own loader, so its imports resolve to the modules the
 * user's linker chose ({@link #link}), never through jnode's resolver.
 */
public final class VmModule implements JSModuleLoader {
    final JSRealm realm;
    final AbstractModuleRecord record;
    /** Where a source text module's code sits (for error arrows); null for a synthetic module. */
    final ContextifyBinding.Placed placed;
    private final Map<ModuleRequest, AbstractModuleRecord> links = new HashMap<>();
    /** The JavaScript vm.Module of this record (import.meta's initializer needs it). */
    private Value owner;

    private VmModule(JSRealm realm, JSModuleData data, ContextifyBinding.Placed placed) {
        this.realm = realm;
        this.placed = placed;
        this.record = new JSModuleRecord(data, this);
    }

    private VmModule(JSRealm realm, SyntheticModuleRecord record) {
        this.realm = realm;
        this.placed = null;
        this.record = record;
    }

    static VmModule sourceText(JSRealm realm, JSModuleData data, ContextifyBinding.Placed placed) {
        return new VmModule(realm, data, placed);
    }

    /**
     * A synthetic module exporting {@code names}; {@code evaluate()} runs when the module is evaluated (it must
     * not throw: JavaScript keeps what the user's callback threw).
     */
    static VmModule synthetic(JSRealm realm, com.oracle.truffle.api.source.Source source, List<String> names,
            Value evaluate) {
        List<TruffleString> exportNames = names.stream().map(Strings::fromJavaString).toList();
        SyntheticModuleRecord record = new SyntheticModuleRecord(realm.getContext(), source, null, exportNames,
                module -> evaluate.executeVoid());
        VmModule module = new VmModule(realm, record);
        record.link(realm);
        return module;
    }

    @HostAccess.Export
    public void setOwner(Value module) {
        owner = module;
    }

    @HostAccess.Export
    public Value owner() {
        return owner;
    }

    /**
     * Each static import as {@code [specifier, phase, attribute key, value, ...]}, in source order, an import
     * repeated with the same attributes and phase once.
     */
    @HostAccess.Export
    public String[][] requests() {
        List<ModuleRequest> requests = requestList();
        String[][] answer = new String[requests.size()][];
        for (int i = 0; i < answer.length; i++) {
            ModuleRequest request = requests.get(i);
            String[] entry = new String[2 + 2 * request.attributes().size()];
            entry[0] = request.specifier().toJavaStringUncached();
            entry[1] = request.phase() == ImportPhase.Source ? "source" : "evaluation";
            int at = 2;
            for (Map.Entry<TruffleString, TruffleString> attribute : request.attributes().entrySet()) {
                entry[at++] = attribute.getKey().toJavaStringUncached();
                entry[at++] = attribute.getValue().toJavaStringUncached();
            }
            answer[i] = entry;
        }
        return answer;
    }

    private List<ModuleRequest> requestList() {
        return record instanceof JSModuleRecord source
                ? List.copyOf(new LinkedHashSet<>(source.getRequestedModules())) : List.of();
    }

    /** The import at {@code index} of {@link #requests()} resolves to {@code target}. */
    @HostAccess.Export
    public void link(int index, VmModule target) {
        links.put(requestList().get(index), target.record);
    }

    /** Hands GraalJS the linked modules, so that linking this graph finds them. */
    @HostAccess.Export
    public void prepare() {
        if (record instanceof CyclicModuleRecord cyclic) {
            for (Map.Entry<ModuleRequest, AbstractModuleRecord> link : links.entrySet()) {
                if (cyclic.getLoadedModule(link.getKey()) == null) {
                    cyclic.addLoadedModule(realm, link.getKey(), link.getValue());
                }
            }
            if (cyclic.getStatus() == CyclicModuleRecord.Status.New) {
                cyclic.setStatus(CyclicModuleRecord.Status.Unlinked);
            }
        }
    }

    @Override
    public AbstractModuleRecord resolveImportedModule(ScriptOrModule referrer, ModuleRequest request) {
        AbstractModuleRecord target = links.get(request);
        if (target == null) {
            throw new IllegalStateException("vm module import not linked: " + request.specifier());
        }
        return target;
    }

    @Override
    public AbstractModuleRecord addLoadedModule(ModuleRequest request, AbstractModuleRecord module) {
        return module;
    }

    @HostAccess.Export
    public boolean hasTopLevelAwait() {
        return record instanceof JSModuleRecord source && source.getModuleData().isTopLevelAsync();
    }

    /** Node's status names for the record's state. */
    @HostAccess.Export
    public String status() {
        return switch (record.getStatus()) {
            case New, Unlinked -> "unlinked";
            case Linking -> "linking";
            case Linked -> "linked";
            case Evaluating -> "evaluating";
            case EvaluatingAsync, Evaluated -> record instanceof CyclicModuleRecord cyclic
                    && cyclic.getEvaluationError() != null ? "errored" : "evaluated";
        };
    }

    /** What evaluating the module threw. */
    @HostAccess.Export
    public Object error() {
        if (record instanceof CyclicModuleRecord cyclic && cyclic.getEvaluationError() instanceof GraalJSException e) {
            return e.getErrorObject();
        }
        return null;
    }

    @HostAccess.Export
    public Object namespace() {
        return Context.getCurrent().asValue(record.getModuleNamespace(ImportPhase.Evaluation));
    }

    /** A synthetic module's export {@code name} is now {@code value}. */
    @HostAccess.Export
    public void setExport(String name, Value value) {
        ((SyntheticModuleRecord) record).setSyntheticModuleExport(Strings.fromJavaString(name),
                dev.jnode.engine.GuestObjects.unwrap(value));
    }
}
