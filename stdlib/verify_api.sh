#!/bin/sh
# verify_api.sh: prove that golite's stdlib API declarations match Go 1.19.
#
# Usage: stdlib/verify_api.sh [-v]      (needs only the go command, Go 1.19)
#
# Every stdlib/<import path>/*.go file declares part of a real Go package. The
# script checks them in three ways and exits 1 on the first kind of failure:
#
#  1. Each file is gofmt-clean and names the package its directory implies.
#  2. go/types checks each package as golite sees it (imports resolve to these
#     declarations, bodiless functions allowed), then compares every exported
#     name with the real package: kind, exact type or signature including
#     parameter names, exact constant value and typedness, alias or defined
#     type, underlying type, exported struct fields in order, comparability,
#     and the method sets of T and *T.
#  3. It writes a program that uses every declared function, method,
#     constant, variable and exported field through the real packages with the
#     declared types (var _ func(string) string = strings.ToUpper, ...) and
#     builds it with go build.
#
# Real exported names not declared here are listed as "not declared" (they are
# information, not failures); -v lists them all.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
verbose=0
[ "${1:-}" = "-v" ] && verbose=1

GO=${GO:-go}
if ! "$GO" version 2>/dev/null | grep -q 'go1\.19'; then
	if [ -x /usr/lib/go-1.19/bin/go ]; then
		GO=/usr/lib/go-1.19/bin/go
	else
		echo "verify_api: warning: $("$GO" version) is not Go 1.19; results compare against it" >&2
	fi
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$tmp/check"
printf 'module verifyapi\n\ngo 1.19\n' >"$tmp/go.mod"

cat >"$tmp/main.go" <<'EOF'
package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/build"
	"go/constant"
	"go/format"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// golite's own packages: checked in steps 1 and 2a only (Go has none to compare with).
var golite_only = map[string]bool{"ffi": true}

var (
	stdlib   string
	verbose  bool
	failures int
	fset     = token.NewFileSet()
	ours     = map[string]*types.Package{}
	loading  = map[string]bool{}
)

func fail(format string, a ...any) {
	failures++
	fmt.Printf("FAIL "+format+"\n", a...)
}

func main() {
	stdlib, verbose = os.Args[1], os.Args[3] == "1"
	var paths []string
	filepath.Walk(stdlib, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && strings.HasSuffix(p, ".go") {
			dir, _ := filepath.Rel(stdlib, filepath.Dir(p))
			if strings.HasPrefix(filepath.ToSlash(dir), "internal/") {
				return nil // golite's own packages (internal/repl): no Go counterpart
			}
			if len(paths) == 0 || paths[len(paths)-1] != filepath.ToSlash(dir) {
				paths = append(paths, filepath.ToSlash(dir))
			}
		}
		return nil
	})
	sort.Strings(paths)

	// 1 and 2a: format, package clause, and a clean check of our declarations.
	for _, p := range paths {
		if _, err := load(p); err != nil {
			fail("%s: %v", p, err)
		}
	}
	if failures > 0 {
		os.Exit(1)
	}

	// 2b: compare with the real packages, for linux/amd64 without cgo.
	build.Default.GOOS, build.Default.GOARCH, build.Default.CgoEnabled = "linux", "amd64", false
	real := importer.ForCompiler(token.NewFileSet(), "source", nil)
	prog := &program{imports: map[string]bool{}}
	for _, p := range paths {
		if golite_only[p] {
			continue
		}
		rp, err := real.Import(p)
		if err != nil {
			fail("%s: cannot load Go's package: %v", p, err)
			continue
		}
		compare(ours[p], rp)
		prog.add(ours[p])
	}

	// 3: the program for go build.
	if err := os.WriteFile(os.Args[2], prog.source(), 0o644); err != nil {
		fail("%v", err)
	}
	if failures > 0 {
		fmt.Printf("verify_api: %d failures\n", failures)
		os.Exit(1)
	}
}

// load parses and type-checks stdlib/<path> with imports resolved to our own
// declarations, the way golite's checker sees them.
func load(path string) (*types.Package, error) {
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	if p, ok := ours[path]; ok {
		return p, nil
	}
	if loading[path] {
		return nil, fmt.Errorf("import cycle through %s", path)
	}
	loading[path] = true
	defer delete(loading, path)
	dir := filepath.Join(stdlib, filepath.FromSlash(path))
	names, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	if len(names) == 0 {
		return nil, fmt.Errorf("golite declares no package %q", path)
	}
	var files []*ast.File
	for _, n := range names {
		src, err := os.ReadFile(n)
		if err != nil {
			return nil, err
		}
		if f, err := format.Source(src); err == nil && !bytes.Equal(f, src) {
			fail("%s: not gofmt-formatted", n)
		}
		f, err := parser.ParseFile(fset, n, src, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		if want := filepath.Base(dir); f.Name.Name != want {
			fail("%s: package %s, want %s", n, f.Name.Name, want)
		}
		files = append(files, f)
	}
	var errs []string
	conf := types.Config{
		Importer: importerFunc(load),
		Error:    func(err error) { errs = append(errs, err.Error()) },
	}
	pkg, _ := conf.Check(path, fset, files, nil)
	if len(errs) > 0 {
		return nil, fmt.Errorf("type errors:\n\t%s", strings.Join(errs, "\n\t"))
	}
	ours[path] = pkg
	return pkg, nil
}

type importerFunc func(string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// Types print with full package paths, so ours and Go's print alike.
func str(t types.Type) string { return types.TypeString(t, (*types.Package).Path) }

func compare(our, real *types.Package) {
	declared := 0
	for _, name := range our.Scope().Names() {
		o := our.Scope().Lookup(name)
		if !o.Exported() {
			continue
		}
		declared++
		r := real.Scope().Lookup(name)
		where := our.Path() + "." + name
		if r == nil {
			fail("%s: Go 1.19 has no such name", where)
			continue
		}
		if fmt.Sprintf("%T", o) != fmt.Sprintf("%T", r) {
			fail("%s: declared as %T, Go has %T", where, o, r)
			continue
		}
		switch o := o.(type) {
		case *types.Const:
			r := r.(*types.Const)
			if str(o.Type()) != str(r.Type()) {
				fail("%s: type %s, Go has %s", where, str(o.Type()), str(r.Type()))
			}
			if !constant.Compare(o.Val(), token.EQL, r.Val()) {
				fail("%s: value %s, Go has %s", where, o.Val().ExactString(), r.Val().ExactString())
			}
		case *types.Var, *types.Func:
			if str(o.Type()) != str(r.Type()) {
				fail("%s: %s, Go has %s", where, str(o.Type()), str(r.Type()))
			}
		case *types.TypeName:
			compareType(where, o, r.(*types.TypeName))
		}
	}
	var missing []string
	for _, name := range real.Scope().Names() {
		if r := real.Scope().Lookup(name); r.Exported() && our.Scope().Lookup(name) == nil {
			missing = append(missing, name)
		}
	}
	fmt.Printf("ok   %-15s %3d names checked", our.Path(), declared)
	if len(missing) > 0 {
		fmt.Printf(", %d not declared", len(missing))
		if verbose {
			fmt.Printf(": %s", strings.Join(missing, " "))
		} else if len(missing) <= 8 {
			fmt.Printf(": %s", strings.Join(missing, " "))
		}
	}
	fmt.Println()
}

func compareType(where string, o, r *types.TypeName) {
	if o.IsAlias() != r.IsAlias() {
		fail("%s: alias %v, Go has alias %v", where, o.IsAlias(), r.IsAlias())
		return
	}
	if o.IsAlias() {
		if str(o.Type()) != str(r.Type()) {
			fail("%s: = %s, Go has = %s", where, str(o.Type()), str(r.Type()))
		}
		return
	}
	ou, ru := o.Type().Underlying(), r.Type().Underlying()
	switch ou := ou.(type) {
	case *types.Struct:
		rs, ok := ru.(*types.Struct)
		if !ok {
			fail("%s: struct, Go has %s", where, str(ru))
			return
		}
		if a, b := exportedFields(ou), exportedFields(rs); a != b {
			fail("%s: exported fields\n\t%s\nGo has\n\t%s", where, a, b)
		}
		if types.Comparable(o.Type()) != types.Comparable(r.Type()) {
			fail("%s: comparable %v, Go has %v", where, types.Comparable(o.Type()), types.Comparable(r.Type()))
		}
	case *types.Interface:
		ri, ok := ru.(*types.Interface)
		if !ok {
			fail("%s: interface, Go has %s", where, str(ru))
			return
		}
		if a, b := methodList(ou), methodList(ri); a != b {
			fail("%s: methods\n\t%s\nGo has\n\t%s", where, a, b)
		}
	default:
		if str(ou) != str(ru) {
			fail("%s: underlying %s, Go has %s", where, str(ou), str(ru))
		}
	}
	for _, t := range []func(types.Type) types.Type{
		func(t types.Type) types.Type { return t },
		func(t types.Type) types.Type { return types.NewPointer(t) },
	} {
		oms, rms := types.NewMethodSet(t(o.Type())), types.NewMethodSet(t(r.Type()))
		if _, isIface := ou.(*types.Interface); isIface {
			break
		}
		var missing []string
		for i := 0; i < rms.Len(); i++ {
			rm := rms.At(i).Obj()
			if !rm.Exported() {
				continue
			}
			om := oms.Lookup(rm.Pkg(), rm.Name())
			if om == nil {
				// Lookup by name: our method belongs to our package.
				if sel := lookupByName(oms, rm.Name()); sel != nil {
					om = sel
				}
			}
			if om == nil {
				missing = append(missing, rm.Name())
				continue
			}
			if a, b := str(om.Obj().Type()), str(rm.Type()); a != b {
				fail("%s: method set of %s: %s %s, Go has %s", where, str(t(o.Type())), rm.Name(), a, b)
			}
		}
		for i := 0; i < oms.Len(); i++ {
			om := oms.At(i).Obj()
			if om.Exported() && lookupByName(rms, om.Name()) == nil {
				fail("%s: method set of %s has %s, Go's does not", where, str(t(o.Type())), om.Name())
			}
		}
		if len(missing) > 0 && verbose {
			fmt.Printf("     %s: method set of %s lacks %s\n", where, str(t(o.Type())), strings.Join(missing, " "))
		}
	}
}

func lookupByName(ms *types.MethodSet, name string) *types.Selection {
	for i := 0; i < ms.Len(); i++ {
		if ms.At(i).Obj().Name() == name {
			return ms.At(i)
		}
	}
	return nil
}

func exportedFields(s *types.Struct) string {
	var l []string
	for i := 0; i < s.NumFields(); i++ {
		f := s.Field(i)
		if !f.Exported() {
			continue
		}
		e := ""
		if f.Embedded() {
			e = "embedded "
		}
		l = append(l, e+f.Name()+" "+str(f.Type()))
	}
	return strings.Join(l, "; ")
}

func methodList(it *types.Interface) string {
	var l []string
	for i := 0; i < it.NumMethods(); i++ {
		m := it.Method(i)
		l = append(l, m.Name()+strings.TrimPrefix(str(m.Type()), "func"))
	}
	sort.Strings(l)
	return strings.Join(l, "; ")
}

// program collects declarations that use every declared name through the
// real packages, with the types our declarations give them.
type program struct {
	imports map[string]bool
	lines   []string
	n       int
}

func (p *program) qual(pkg *types.Package) string {
	p.imports[pkg.Path()] = true
	return strings.ReplaceAll(pkg.Path(), "/", "_")
}

func (p *program) typ(t types.Type) string { return types.TypeString(t, p.qual) }

// funcType writes a signature's type without parameter names, receiver first.
func (p *program) funcType(recv types.Type, sig *types.Signature) string {
	var params []string
	if recv != nil {
		params = append(params, p.typ(recv))
	}
	for i := 0; i < sig.Params().Len(); i++ {
		t := sig.Params().At(i).Type()
		if sig.Variadic() && i == sig.Params().Len()-1 {
			params = append(params, "..."+p.typ(t.(*types.Slice).Elem()))
		} else {
			params = append(params, p.typ(t))
		}
	}
	var results []string
	for i := 0; i < sig.Results().Len(); i++ {
		results = append(results, p.typ(sig.Results().At(i).Type()))
	}
	s := "func(" + strings.Join(params, ", ") + ")"
	switch len(results) {
	case 0:
	case 1:
		s += " " + results[0]
	default:
		s += " (" + strings.Join(results, ", ") + ")"
	}
	return s
}

func (p *program) add(pkg *types.Package) {
	q := p.qual(pkg) + "."
	for _, name := range pkg.Scope().Names() {
		o := pkg.Scope().Lookup(name)
		if !o.Exported() {
			continue
		}
		switch o := o.(type) {
		case *types.Func:
			p.emit("var _ %s = %s%s", p.funcType(nil, o.Type().(*types.Signature)), q, name)
		case *types.Var:
			p.emit("var _ *%s = &%s%s", p.typ(o.Type()), q, name)
		case *types.Const:
			p.emit("var _ = map[bool]int{false: 0, %s%s == %s: 1} // %s%s", q, name, literal(o.Val()), q, name)
			if b, ok := o.Type().(*types.Basic); !ok || b.Info()&types.IsUntyped == 0 {
				p.emit("var _ %s = %s%s", p.typ(o.Type()), q, name)
			}
		case *types.TypeName:
			p.emit("var _ *%s%s", q, name)
			if o.IsAlias() {
				continue
			}
			named := o.Type().(*types.Named)
			if st, ok := named.Underlying().(*types.Struct); ok {
				for i := 0; i < st.NumFields(); i++ {
					if f := st.Field(i); f.Exported() && hidden(f.Type()) {
						p.emit("var _ = func(x *%s%s) { _ = x.%s }", q, name, f.Name())
					} else if f.Exported() {
						p.emit("var _ = func(x *%s%s) *%s { return &x.%s }", q, name, p.typ(f.Type()), f.Name())
					}
				}
			}
			if it, ok := named.Underlying().(*types.Interface); ok {
				for i := 0; i < it.NumExplicitMethods(); i++ {
					m := it.ExplicitMethod(i)
					if m.Exported() {
						p.emit("var _ %s = %s%s.%s", p.funcType(named, m.Type().(*types.Signature)), q, name, m.Name())
					}
				}
				continue
			}
			for i := 0; i < named.NumMethods(); i++ {
				m := named.Method(i)
				if !m.Exported() {
					continue
				}
				sig := m.Type().(*types.Signature)
				recv := sig.Recv().Type()
				expr := q + name
				if _, ptr := recv.(*types.Pointer); ptr {
					expr = "(*" + expr + ")"
				}
				p.emit("var _ %s = %s.%s", p.funcType(recv, sig), expr, m.Name())
			}
		}
	}
}

// hidden reports whether t names an unexported type, which the program
// cannot write.
func hidden(t types.Type) bool {
	found := false
	var walk func(t types.Type)
	walk = func(t types.Type) {
		switch t := t.(type) {
		case *types.Named:
			found = found || (t.Obj().Pkg() != nil && !t.Obj().Exported())
		case *types.Pointer:
			walk(t.Elem())
		case *types.Slice:
			walk(t.Elem())
		case *types.Array:
			walk(t.Elem())
		case *types.Chan:
			walk(t.Elem())
		case *types.Map:
			walk(t.Key())
			walk(t.Elem())
		case *types.Signature:
			for _, tu := range []*types.Tuple{t.Params(), t.Results()} {
				for i := 0; i < tu.Len(); i++ {
					walk(tu.At(i).Type())
				}
			}
		case *types.Struct:
			for i := 0; i < t.NumFields(); i++ {
				walk(t.Field(i).Type())
			}
		}
	}
	walk(t)
	return found
}

func (p *program) emit(format string, a ...any) {
	p.lines = append(p.lines, fmt.Sprintf(format, a...))
	p.n++
}

// literal writes an exact constant value as Go source.
func literal(v constant.Value) string {
	switch v.Kind() {
	case constant.Float:
		s := v.ExactString()
		if i := strings.Index(s, "/"); i >= 0 && !strings.ContainsAny(s, ".px") {
			s = "(" + s[:i] + ".0" + s[i:] + ")"
		}
		return s
	case constant.Complex:
		return "(" + literal(constant.Real(v)) + " + " + literal(constant.Imag(v)) + "i)"
	}
	return v.ExactString()
}

func (p *program) source() []byte {
	var b bytes.Buffer
	b.WriteString("// Generated by verify_api.sh: every golite stdlib declaration, used through Go's packages.\npackage main\n\nimport (\n")
	var imps []string
	for i := range p.imports {
		imps = append(imps, i)
	}
	sort.Strings(imps)
	for _, i := range imps {
		fmt.Fprintf(&b, "\t%s %q\n", strings.ReplaceAll(i, "/", "_"), i)
	}
	b.WriteString(")\n\n")
	for _, l := range p.lines {
		b.WriteString(l + "\n")
	}
	b.WriteString("\nfunc main() {}\n")
	fmt.Printf("check program: %d uses of declared names\n", p.n)
	return b.Bytes()
}
EOF

cd "$tmp"
export GOFLAGS= GOWORK=off GO111MODULE=on
"$GO" run . "$here" "$tmp/check/main.go" "$verbose"
if ! "$GO" build -o /dev/null ./check 2>"$tmp/build.err"; then
	cat "$tmp/build.err"
	echo "verify_api: FAIL: the declarations do not build against Go's packages"
	exit 1
fi
echo "verify_api: all declarations match Go 1.19"
