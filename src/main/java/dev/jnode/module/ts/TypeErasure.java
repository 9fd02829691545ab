package dev.jnode.module.ts;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstAutoAccessor;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstClass;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstClassMethod;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstClassProp;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstComputedPropName;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstConstructor;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstDecorator;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstFunction;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstGetterProp;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstParam;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstPrivateMethod;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstPrivateProp;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstSetterProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstArrowExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstFnExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdentName;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTsAsExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTsConstAssertion;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTsInstantiation;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTsNonNullExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTsSatisfiesExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTsTypeAssertion;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstYieldExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstPropName;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstTsNamespaceBody;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportAll;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDecl;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDefaultDecl;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportNamedSpecifier;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstImportDecl;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstImportNamedSpecifier;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstNamedExport;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstTsExportAssignment;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstTsImportEqualsDecl;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstTsModuleBlock;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstTsNamespaceDecl;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstArrayPat;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstObjectPat;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstClassDecl;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstDoWhileStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstFnDecl;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstForInStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstForOfStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstForStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstIfStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstReturnStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstThrowStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstTsEnumDecl;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstTsInterfaceDecl;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstTsModuleDecl;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstTsTypeAliasDecl;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstVarDecl;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstVarDeclarator;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstWhileStmt;
import com.caoccao.javet.swc4j.ast.ts.Swc4jAstTsIndexSignature;
import com.caoccao.javet.swc4j.ast.ts.Swc4jAstTsParamProp;
import com.caoccao.javet.swc4j.ast.ts.Swc4jAstTsTypeAnn;
import com.caoccao.javet.swc4j.ast.ts.Swc4jAstTsTypeParamDecl;
import com.caoccao.javet.swc4j.ast.ts.Swc4jAstTsTypeParamInstantiation;
import com.caoccao.javet.swc4j.span.Swc4jSpan;
import dev.jnode.module.ts.TokenScanner.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One walk over a parsed TypeScript program that marks what Node's strip mode erases: spans to blank (types,
 * TypeScript-only declarations and modifiers, {@code !} and {@code ?} marks) and single characters to overwrite
 * where blanking alone would change the meaning ({@code ;} against automatic semicolon insertion, a parenthesis
 * moved so that an arrow's head stays on the line of its {@code =>}). Syntax that needs code generation throws.
 * Offsets are UTF-16 indexes into the source; swc4j counts code points, and {@link #at} converts.
 */
final class TypeErasure {
    private static final Set<String> ERASED_MODIFIERS = Set.of("readonly", "public", "protected", "private",
            "override");

    private final String source;
    /** UTF-16 index of each code point offset (swc4j counts code points); null when the two agree. */
    private final int[] utf16Index;
    private final TokenScanner tokens;
    private final List<int[]> blanks = new ArrayList<>();
    private final List<int[]> overwrites = new ArrayList<>();

    /** {@code comments}: each comment's start and end, as code point offsets. */
    TypeErasure(String source, int[][] comments) {
        this.source = source;
        this.utf16Index = source.length() == source.codePointCount(0, source.length()) ? null : utf16Index(source);
        for (int[] comment : comments) {
            comment[0] = at(comment[0]);
            comment[1] = at(comment[1]);
        }
        this.tokens = new TokenScanner(source, comments);
    }

    String erase(ISwc4jAst program) throws TypeScriptSyntaxException {
        rejectModuleKeyword(program);
        visit(program);
        if (blanks.isEmpty() && overwrites.isEmpty()) {
            return source;
        }
        char[] out = source.toCharArray();
        for (int[] blank : blanks) {
            blankRange(out, blank[0], blank[1]);
        }
        for (int[] overwrite : overwrites) {
            out[overwrite[0]] = (char) overwrite[1];
        }
        return new String(out);
    }

    // ---- the walk ----

    private void visit(ISwc4jAst node) throws TypeScriptSyntaxException {
        switch (node) {
            case Swc4jAstTsTypeAnn n -> blank(n.getSpan());
            case Swc4jAstTsTypeParamDecl n -> blank(n.getSpan());
            case Swc4jAstTsTypeParamInstantiation n -> blank(n.getSpan());
            case Swc4jAstTsIndexSignature n -> blank(n.getSpan());
            case Swc4jAstTsTypeAliasDecl n -> eraseStatement(n.getSpan());
            case Swc4jAstTsInterfaceDecl n -> eraseStatement(n.getSpan());
            case Swc4jAstTsEnumDecl n -> {
                if (!n.isDeclare()) {
                    throw unsupported(n, "TypeScript enum is not supported in strip-only mode");
                }
                eraseStatement(n.getSpan());
            }
            case Swc4jAstTsModuleDecl n -> {
                if (!isDeclaration(n) && !isUninstantiated(n)) {
                    throw unsupported(n, "TypeScript namespace declaration is not supported in strip-only mode");
                }
                eraseStatement(n.getSpan());
            }
            case Swc4jAstFnDecl n when isDeclaration(n) -> eraseStatement(n.getSpan());
            case Swc4jAstClassDecl n when n.isDeclare() -> eraseStatement(n.getSpan());
            case Swc4jAstVarDecl n when n.isDeclare() -> eraseStatement(n.getSpan());
            case Swc4jAstExportDecl n when isDeclaration(n.getDecl()) || isUninstantiated(n.getDecl()) ->
                    eraseStatement(n.getSpan());
            case Swc4jAstExportDefaultDecl n when isBodilessFunction(n.getDecl())
                    || n.getDecl() instanceof Swc4jAstTsInterfaceDecl -> eraseStatement(n.getSpan());
            case Swc4jAstImportDecl n -> visitImport(n);
            case Swc4jAstNamedExport n -> visitNamedExport(n);
            case Swc4jAstExportAll n when n.isTypeOnly() -> eraseStatement(n.getSpan());
            case Swc4jAstTsImportEqualsDecl n -> {
                if (!n.isTypeOnly()) {
                    throw unsupported(n, "TypeScript import equals declaration is not supported in strip-only mode");
                }
                eraseStatement(n.getSpan());
            }
            case Swc4jAstTsExportAssignment n ->
                    throw unsupported(n, "TypeScript export assignment is not supported in strip-only mode");
            case Swc4jAstTsParamProp n ->
                    throw unsupported(n.getParam(),
                            "TypeScript parameter property is not supported in strip-only mode");
            case Swc4jAstTsTypeAssertion n -> throw unsupported(n, "The angle-bracket syntax for type assertions, "
                    + "`<T>expr`, is not supported in type strip mode. Instead, use the 'as' syntax: `expr as T`.");
            case Swc4jAstTsAsExpr n -> visitTypeOperator(n, n.getExpr(), true);
            case Swc4jAstTsSatisfiesExpr n -> visitTypeOperator(n, n.getExpr(), true);
            case Swc4jAstTsConstAssertion n -> visitTypeOperator(n, n.getExpr(), false);
            case Swc4jAstTsInstantiation n -> visitTypeOperator(n, n.getExpr(), false);
            case Swc4jAstTsNonNullExpr n -> {
                blank(end(n) - 1, end(n));
                visit(n.getExpr());
            }
            case Swc4jAstVarDeclarator n -> {
                if (n.isDefinite() && n.getName() instanceof Swc4jAstBindingIdent id) {
                    blank(tokenAfterName(id));
                }
                visitChildren(n);
            }
            case Swc4jAstBindingIdent n -> {
                if (n.getId().isOptional()) {
                    blank(tokenAfterName(n));
                }
                visitChildren(n);
            }
            case Swc4jAstArrayPat n -> {
                eraseOptionalPatternMark(n, n.isOptional(), n.getTypeAnn());
                visitChildren(n);
            }
            case Swc4jAstObjectPat n -> {
                eraseOptionalPatternMark(n, n.isOptional(), n.getTypeAnn());
                visitChildren(n);
            }
            case Swc4jAstArrowExpr n -> visitArrow(n);
            case Swc4jAstReturnStmt n -> visitArrowHolder(n, n.getArg());
            case Swc4jAstYieldExpr n -> visitArrowHolder(n, n.getArg());
            case Swc4jAstThrowStmt n -> visitArrowHolder(n, Optional.of(n.getArg()));
            case Swc4jAstFunction n -> visitFunction(n);
            case Swc4jAstClass n -> visitClass(n);
            case Swc4jAstConstructor n -> visitConstructor(n);
            case Swc4jAstClassMethod n -> visitMethod(n);
            case Swc4jAstClassProp n -> visitProperty(n);
            case Swc4jAstPrivateMethod n -> {
                if (n.getAccessibility().isPresent()) {
                    eraseModifiers(afterDecorators(n, n.getFunction().getDecorators()), start(n.getKey()));
                }
                if (n.isOptional()) {
                    blank(tokens.next(end(n.getKey())));
                }
                visitChildren(n);
            }
            case Swc4jAstPrivateProp n -> {
                if (n.isReadonly() || n.getAccessibility().isPresent()) {
                    eraseModifiers(afterDecorators(n, n.getDecorators()), start(n.getKey()));
                }
                if (n.isOptional() || n.isDefinite()) {
                    blank(tokens.next(end(n.getKey())));
                }
                visitChildren(n);
            }
            case Swc4jAstAutoAccessor n -> {
                if (n.isAbstract()) {
                    blank(n.getSpan());
                    return;
                }
                eraseModifiers(afterDecorators(n, n.getDecorators()), start(n.getKey()));
                if (n.isDefinite()) {
                    blank(tokens.next(end(n.getKey())));
                }
                visitChildren(n);
            }
            case Swc4jAstGetterProp n -> {
                // `get x(this: T)` in an object literal: only a `this` parameter can stand between the parentheses.
                Token open = tokens.next(end(n.getKey()));
                int bodyStart = n.getTypeAnn().map(this::start)
                        .orElseGet(() -> n.getBody().map(this::start).orElse(end(n)));
                blank(open.end(), tokens.previous(bodyStart).start());
                visitChildren(n);
            }
            case Swc4jAstSetterProp n -> {
                if (n.getThisParam().isPresent()) {
                    blank(n.getThisParam().get().getSpan());
                    blank(tokens.previous(start(n.getParam())));
                }
                visitChildren(n);
            }
            case Swc4jAstIfStmt n -> {
                visitChildren(n);
                keepStatementWhereErased(n.getCons());
                if (n.getAlt().isPresent()) {
                    keepStatementWhereErased(n.getAlt().get());
                }
            }
            case Swc4jAstForStmt n -> visitLoop(n, n.getBody());
            case Swc4jAstForInStmt n -> visitLoop(n, n.getBody());
            case Swc4jAstForOfStmt n -> visitLoop(n, n.getBody());
            case Swc4jAstWhileStmt n -> visitLoop(n, n.getBody());
            case Swc4jAstDoWhileStmt n -> visitLoop(n, n.getBody());
            default -> visitChildren(node);
        }
    }

    private void visitChildren(ISwc4jAst node) throws TypeScriptSyntaxException {
        for (ISwc4jAst child : node.getChildNodes()) {
            visit(child);
        }
    }

    private void visitLoop(ISwc4jAst loop, ISwc4jAst body) throws TypeScriptSyntaxException {
        visitChildren(loop);
        keepStatementWhereErased(body);
    }

    /** A statement position (`if (x) type T = 1`) still needs a statement once the declaration is gone. */
    private void keepStatementWhereErased(ISwc4jAst body) {
        if (isDeclaration(body)) {
            overwrite(start(body), ';');
        }
    }

    /** `as T`, `satisfies T`, `as const`, `f<T>`: everything after the expression goes. */
    private void visitTypeOperator(ISwc4jAst node, ISwc4jAstExpr expr, boolean keyword)
            throws TypeScriptSyntaxException {
        blank(end(expr), end(node));
        if (keyword) {
            // `x as T` ending a line before `(`, `[` or a template would otherwise run into the next line.
            Token next = tokens.next(end(node));
            if (next.lineBreakBefore() && "([`".indexOf(next.first()) >= 0) {
                overwrite(tokens.next(end(expr)).start(), ';');
            }
        }
        visit(expr);
    }

    private void visitImport(Swc4jAstImportDecl node) throws TypeScriptSyntaxException {
        if (node.isTypeOnly()) {
            eraseStatement(node.getSpan());
            return;
        }
        for (ISwc4jAst specifier : node.getSpecifiers()) {
            if (specifier instanceof Swc4jAstImportNamedSpecifier named && named.isTypeOnly()) {
                eraseListItem(named);
            }
        }
    }

    private void visitNamedExport(Swc4jAstNamedExport node) {
        if (node.isTypeOnly()) {
            eraseStatement(node.getSpan());
            return;
        }
        for (ISwc4jAst specifier : node.getSpecifiers()) {
            if (specifier instanceof Swc4jAstExportNamedSpecifier named && named.isTypeOnly()) {
                eraseListItem(named);
            }
        }
    }

    /** A specifier or parameter with the comma after it, if any. */
    private void eraseListItem(ISwc4jAst item) {
        Token next = tokens.next(end(item));
        blank(start(item), next.is(",") ? next.end() : end(item));
    }

    /**
     * The `?` or `!` after a binding's name. The name's own span cannot tell: swc4j stretches an arrow
     * parameter's identifier over its type annotation.
     */
    private Token tokenAfterName(Swc4jAstBindingIdent binding) {
        return tokens.next(tokens.next(start(binding.getId())).end());
    }

    private void eraseOptionalPatternMark(ISwc4jAst pattern, boolean optional, Optional<Swc4jAstTsTypeAnn> type) {
        if (optional) {
            blank(type.isPresent() ? tokens.previous(start(type.get())) : tokens.next(end(pattern)));
        }
    }

    private void visitFunction(Swc4jAstFunction function) throws TypeScriptSyntaxException {
        List<Swc4jAstParam> params = function.getParams();
        Swc4jAstParam thisParam = params.isEmpty() || !isThisParam(params.getFirst()) ? null : params.getFirst();
        if (thisParam != null) {
            eraseListItem(thisParam);
        }
        for (ISwc4jAst child : function.getChildNodes()) {
            if (child != thisParam) {
                visit(child);
            }
        }
    }

    private static boolean isThisParam(Swc4jAstParam param) {
        return param.getPat() instanceof Swc4jAstBindingIdent id && id.getId().getSym().equals("this");
    }

    private void visitArrow(Swc4jAstArrowExpr arrow) throws TypeScriptSyntaxException {
        if (arrow.isAsync() && arrow.getTypeParams().isPresent()
                && containsLineBreak(start(arrow.getTypeParams().get()), end(arrow.getTypeParams().get()))) {
            // `async <T\n>(x)`: `async` must stay on the line of its parameter list, so `<` becomes `(`.
            moveParenToTypeParams(arrow);
        }
        if (arrow.getReturnType().isPresent()) {
            Swc4jAstTsTypeAnn returnType = arrow.getReturnType().get();
            Token closeParen = tokens.previous(start(returnType));
            if (containsLineBreak(closeParen.start(), tokens.next(end(returnType)).start())) {
                // No line break may come before `=>`: the `)` moves to where the return type ended.
                blank(closeParen);
                overwrite(end(returnType) - 1, ')');
            }
        }
        visitChildren(arrow);
    }

    /** `return <T>\n(x: T) => x` would return nothing once `<T>` is blank: the `(` moves up to the `<`. */
    private void visitArrowHolder(ISwc4jAst holder, Optional<ISwc4jAstExpr> argument)
            throws TypeScriptSyntaxException {
        visitChildren(holder);
        if (argument.isPresent() && argument.get() instanceof Swc4jAstArrowExpr arrow && !arrow.isAsync()
                && arrow.getTypeParams().isPresent()) {
            int typeParamsStart = start(arrow.getTypeParams().get());
            if (containsLineBreak(typeParamsStart, tokens.next(end(arrow.getTypeParams().get())).start())) {
                moveParenToTypeParams(arrow);
            }
        }
    }

    private void moveParenToTypeParams(Swc4jAstArrowExpr arrow) {
        Swc4jAstTsTypeParamDecl typeParams = arrow.getTypeParams().get();
        overwrite(tokens.next(end(typeParams)).start(), ' ');
        overwrite(start(typeParams), '(');
    }

    private void visitClass(Swc4jAstClass clazz) throws TypeScriptSyntaxException {
        if (clazz.isAbstract()) {
            Token token = tokens.next(afterDecorators(clazz, clazz.getDecorators()));
            while (!token.is("abstract")) {
                token = tokens.next(token.end());
            }
            blank(token);
        }
        if (!clazz.getImplements().isEmpty()) {
            Token keyword = tokens.previous(start(clazz.getImplements().getFirst()));
            blank(keyword.start(), end(clazz.getImplements().getLast()));
        }
        visitChildren(clazz);
    }

    private void visitConstructor(Swc4jAstConstructor constructor) throws TypeScriptSyntaxException {
        if (constructor.getBody().isEmpty()) {
            blank(constructor.getSpan());
            return;
        }
        if (constructor.getAccessibility().isPresent()) {
            eraseModifiers(start(constructor), start(constructor.getKey()));
        }
        visitChildren(constructor);
    }

    private void visitMethod(Swc4jAstClassMethod method) throws TypeScriptSyntaxException {
        if (method.getFunction().getBody().isEmpty() || method.isAbstract()) {
            blank(method.getSpan());
            return;
        }
        boolean modified = method.isOverride() || method.getAccessibility().isPresent();
        List<Swc4jAstDecorator> decorators = method.getFunction().getDecorators();
        int memberStart = afterDecorators(method, decorators);
        if (modified) {
            eraseModifiers(memberStart, start(method.getKey()));
        }
        if (method.isOptional()) {
            blank(tokens.next(end(method.getKey())));
        }
        if (modified && !method.isStatic() && decorators.isEmpty()
                && (continuesPreviousMember(method.getKey()) || method.getFunction().isGenerator())) {
            overwrite(memberStart, ';');
        }
        visitChildren(method);
    }

    private void visitProperty(Swc4jAstClassProp property) throws TypeScriptSyntaxException {
        if (property.isDeclare() || property.isAbstract()) {
            blank(property.getSpan());
            return;
        }
        boolean modified = property.isReadonly() || property.isOverride() || property.getAccessibility().isPresent();
        int memberStart = afterDecorators(property, property.getDecorators());
        if (modified) {
            eraseModifiers(memberStart, start(property.getKey()));
        }
        if (property.isOptional() || property.isDefinite()) {
            blank(tokens.next(end(property.getKey())));
        }
        // `get: T` without a value would read as a getter named by the next line once `: T` is blank.
        if (property.getValue().isEmpty() && property.getTypeAnn().isPresent()
                && property.getKey() instanceof Swc4jAstIdentName name
                && Set.of("get", "set", "static").contains(name.getSym())) {
            overwrite(start(property.getTypeAnn().get()), ';');
        }
        if (modified && !property.isStatic() && property.getDecorators().isEmpty()
                && continuesPreviousMember(property.getKey())) {
            overwrite(memberStart, ';');
        }
        visitChildren(property);
    }

    /** A member named `[x]`, `in` or `instanceof` would join the previous field's initializer. */
    private static boolean continuesPreviousMember(ISwc4jAstPropName key) {
        return key instanceof Swc4jAstComputedPropName
                || key instanceof Swc4jAstIdentName name && (name.getSym().equals("in")
                        || name.getSym().equals("instanceof"));
    }

    /**
     * Blanks `public`, `private`, `protected`, `readonly` and `override` between a member's start and its key,
     * stopping where a word is the member's name rather than a modifier (`public\n x`, `private()`).
     */
    private void eraseModifiers(int from, int keyStart) {
        Token token = tokens.next(from);
        int position = from;
        while (position < keyStart && !token.isEnd()) {
            Token next = tokens.next(token.end());
            position = token.end();
            if (next.lineBreakBefore() || !(next.isWord() || "[{*.#'\"0123456789".indexOf(next.first()) >= 0)) {
                return;
            }
            if (ERASED_MODIFIERS.contains(token.text())) {
                blank(token);
            } else if (!token.is("static")) {
                return;
            }
            token = next;
        }
    }

    private int afterDecorators(ISwc4jAst member, List<Swc4jAstDecorator> decorators) {
        return decorators.isEmpty() ? start(member) : end(decorators.getLast());
    }

    /** Blanks a whole statement, then guards the next line against joining the previous statement. */
    private void eraseStatement(Swc4jSpan span) {
        blank(span);
        int statementStart = at(span.getStart());
        Token previous = tokens.previous(statementStart);
        Token next = tokens.next(at(span.getEnd()));
        if (previous == null || !next.lineBreakBefore() || !continuesStatement(next)) {
            return;
        }
        // A `;` just before serves, even when it ends a statement erased itself: it is written back.
        overwrite(previous.is(";") ? previous.start() : statementStart, ';');
    }

    /** `(`, `[`, a template, a binary `+`, `-` or `/` (or a regex): the previous line's statement would go on. */
    private boolean continuesStatement(Token token) {
        char c = token.first();
        char after = token.end() < source.length() ? source.charAt(token.end()) : '\0';
        return c == '(' || c == '[' || c == '`' || c == '/'
                || (c == '+' || c == '-') && after != c && after != '=';
    }

    // ---- what counts as a declaration only ----

    /** A declaration that exists only for the type checker (Node's "ambient" test). */
    private static boolean isDeclaration(ISwc4jAst node) {
        return switch (node) {
            case Swc4jAstTsInterfaceDecl ignored -> true;
            case Swc4jAstTsTypeAliasDecl ignored -> true;
            case Swc4jAstTsModuleDecl m -> m.isDeclare() || m.getId() instanceof Swc4jAstStr;
            case Swc4jAstTsEnumDecl e -> e.isDeclare();
            case Swc4jAstVarDecl v -> v.isDeclare();
            case Swc4jAstClassDecl c -> c.isDeclare();
            case Swc4jAstFnDecl f -> f.isDeclare() || f.getFunction().getBody().isEmpty();
            default -> false;
        };
    }

    private static boolean isBodilessFunction(ISwc4jAst node) {
        return node instanceof Swc4jAstFnExpr f && f.getFunction().getBody().isEmpty();
    }

    /** A namespace holding only types (and namespaces of types) produces no value, so it can go. */
    private static boolean isUninstantiated(ISwc4jAst node) {
        return switch (node) {
            case Swc4jAstTsInterfaceDecl ignored -> true;
            case Swc4jAstTsTypeAliasDecl ignored -> true;
            case Swc4jAstTsModuleDecl m -> m.getBody().isPresent() && isUninstantiatedBody(m.getBody().get());
            case Swc4jAstExportDecl e -> isUninstantiated(e.getDecl());
            default -> false;
        };
    }

    private static boolean isUninstantiatedBody(ISwc4jAstTsNamespaceBody body) {
        return switch (body) {
            case Swc4jAstTsModuleBlock block -> block.getBody().stream().allMatch(TypeErasure::isUninstantiated);
            case Swc4jAstTsNamespaceDecl nested -> isUninstantiatedBody(nested.getBody());
            default -> false;
        };
    }

    /**
     * Node refuses `module N {}` (the old spelling of `namespace`) before anything else, at any depth, in both
     * modes.
     */
    void rejectModuleKeyword(ISwc4jAst node) throws TypeScriptSyntaxException {
        for (ISwc4jAst child : node.getChildNodes()) {
            switch (child) {
                case Swc4jAstExportDecl e -> rejectModuleKeyword(e);
                case Swc4jAstTsModuleDecl m -> {
                    if (m.getBody().isPresent()) {
                        rejectModuleKeyword(m.getBody().get());
                    }
                    checkModuleKeyword(m);
                }
                case Swc4jAstTsModuleBlock b -> rejectModuleKeyword(b);
                case Swc4jAstTsNamespaceDecl n -> rejectModuleKeyword(n);
                default -> {
                }
            }
        }
    }

    private void checkModuleKeyword(Swc4jAstTsModuleDecl module) throws TypeScriptSyntaxException {
        if (module.isGlobal() || module.getId() instanceof Swc4jAstStr) {
            return;
        }
        int keyword = start(module);
        if (module.isDeclare()) {
            Token afterDeclare = tokens.next(tokens.next(keyword).end());
            if (afterDeclare.is("namespace")) {
                return;
            }
            keyword = afterDeclare.start();
        } else if (source.charAt(keyword) != 'm') {
            return;
        }
        throw new TypeScriptSyntaxException(TypeScriptSyntaxException.UNSUPPORTED,
                "`module` keyword is not supported. Use `namespace` instead.",
                new SourceSnippet(source).hint(keyword, end(module.getId())));
    }

    private TypeScriptSyntaxException unsupported(ISwc4jAst node, String message) {
        return new TypeScriptSyntaxException(TypeScriptSyntaxException.UNSUPPORTED, message,
                new SourceSnippet(source).hint(start(node), end(node)));
    }

    // ---- edits ----

    private boolean containsLineBreak(int from, int to) {
        for (int i = from; i < to; i++) {
            if (TokenScanner.isLineTerminator(source.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private void blank(Token token) {
        blank(token.start(), token.end());
    }

    private void blank(Swc4jSpan span) {
        blank(at(span.getStart()), at(span.getEnd()));
    }

    private void blank(int from, int to) {
        if (from < to) {
            blanks.add(new int[] {from, to});
        }
    }

    private void overwrite(int offset, char c) {
        overwrites.add(new int[] {offset, c});
    }

    /**
     * Whitespace stays as it is (so line breaks and thus line numbers survive); any other character becomes
     * whitespace of the same UTF-8 length, as Node's byte-wise replacement leaves it: a space, U+00A0, U+2002, or
     * for a character outside the BMP a space and U+FEFF.
     */
    private static void blankRange(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (TokenScanner.isWhitespace(c) || TokenScanner.isLineTerminator(c)) {
                continue;
            }
            if (c < 0x80) {
                text[i] = ' ';
            } else if (c < 0x800) {
                text[i] = '\u00A0';
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text[i + 1])) {
                text[i] = ' ';
                text[++i] = '\uFEFF';
            } else {
                text[i] = '\u2002';
            }
        }
    }

    private int start(ISwc4jAst node) {
        return at(node.getSpan().getStart());
    }

    private int end(ISwc4jAst node) {
        return at(node.getSpan().getEnd());
    }

    /** The UTF-16 index of a code point offset. */
    private int at(int codePointOffset) {
        return utf16Index == null ? codePointOffset : utf16Index[codePointOffset];
    }

    private static int[] utf16Index(String source) {
        int[] index = new int[source.codePointCount(0, source.length()) + 1];
        int codePoint = 0;
        for (int i = 0; i < source.length(); i += Character.charCount(source.codePointAt(i))) {
            index[codePoint++] = i;
        }
        index[codePoint] = source.length();
        return index;
    }
}
