#!/bin/sh
# gen_api.sh: write golite's stdlib API declaration files from Go 1.19's sources.
#
# Usage: stdlib/gen_api.sh        (needs only the go command, Go 1.19)
#
# This is how the stdlib/<import path>/<name>.go files were written. It
# type-checks each configured package of GOROOT (linux/amd64, no cgo), keeps
# the exported, non-generic declarations whose types can be written with
# predeclared types and the other configured packages, and prints them
# bodiless: funcs and methods as Go declares them (parameter names and
# grouping included), constants with their source expression when it is
# self-contained and with their exact value otherwise, variables with their
# type only (an initializer with a string in it is kept as a comment, for the
# error texts). Struct types keep their exported fields and the unexported
# ones this package's own types can express; they stay non-comparable when
# Go's are.
#
# Running it OVERWRITES the declaration files: hand edits are lost, so make
# them in the configuration (confs, in the program below) instead. Check the
# result with stdlib/verify_api.sh.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
GO=${GO:-go}
if ! "$GO" version 2>/dev/null | grep -q 'go1\.19'; then
	if [ -x /usr/lib/go-1.19/bin/go ]; then
		GO=/usr/lib/go-1.19/bin/go
	else
		echo "gen_api: $("$GO" version) is not Go 1.19" >&2
		exit 1
	fi
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
printf 'module apigen\n\ngo 1.19\n' >"$tmp/go.mod"

cat >"$tmp/main.go" <<'EOF'
// apigen writes golite's stdlib API declaration files from Go's own sources.
//
// For each configured package it type-checks the real package (linux/amd64,
// no cgo), keeps the exported, non-generic declarations whose types can be
// written with predeclared types and the other configured packages, and
// prints them bodiless: funcs and methods as declared in the source (so
// parameter names and grouping are Go's), constants with their source
// expression when it is self-contained and with their exact value otherwise,
// variables with their type only.
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
	"go/printer"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

type pkgConf struct {
	path  string
	allow []string // when set, the only top-level names declared (types bring their methods)
	deny  []string // top-level names or Type.Method to leave out
	note  string   // extra line for the file header
}

var confs = []pkgConf{
	{path: "errors"},
	{path: "io"},
	{path: "io/fs"},
	{path: "fmt"},
	{path: "strings"},
	{path: "strconv"},
	{path: "math"},
	{path: "os", note: "Constant values are Linux's (O_* flags), as on linux/amd64.", deny: []string{
		// Processes and signals need syscall and os/signal: not in golite's set.
		"StartProcess", "FindProcess", "Process", "ProcessState", "ProcAttr",
		"Signal", "Interrupt", "Kill", "ErrProcessDone",
	}},
	{path: "sort"},
	{path: "unicode/utf8"},
	{path: "unicode", note: "Of the range tables only Letter, Digit, Upper, Lower, Space and Punct are declared.", deny: unicodeTableDeny()},
	{path: "bytes"},
	{path: "bufio"},
	{path: "time"},
	{path: "sync"},
	{path: "sync/atomic", note: "The generic Pointer[T] is left out: golite has no type parameters."},
	{path: "context"},
	{path: "runtime", note: "GOOS and GOARCH are linux/amd64's here; golite reports the host's.", allow: []string{
		"GOMAXPROCS", "NumGoroutine", "Gosched", "GC", "NumCPU", "Goexit",
		"GOOS", "GOARCH", "Compiler", "Version", "GOROOT",
		"MemStats", "ReadMemStats", "Error", "TypeAssertionError", "KeepAlive",
		"SetFinalizer", "LockOSThread", "UnlockOSThread", "NumCgoCall",
		"Caller", "Callers", "CallersFrames", "Frames", "Frame", "Func", "FuncForPC", "Stack",
		"MemProfileRate", "MemProfileRecord", "MemProfile", "Breakpoint",
	}},
	{path: "runtime/debug", allow: []string{
		"FreeOSMemory", "SetGCPercent", "SetMaxStack", "SetMaxThreads", "SetPanicOnFault",
		"SetMemoryLimit", "SetTraceback", "PrintStack", "Stack", "ReadGCStats", "GCStats",
		"ReadBuildInfo", "BuildInfo", "Module", "BuildSetting",
	}},
	{path: "math/rand"},
	{path: "math/bits"},
	{path: "container/list"},
	{path: "container/heap"},
	{path: "container/ring"},
	{path: "unicode/utf16"},
	{path: "path"},
	{path: "log"},
	{path: "io/ioutil"},
	{path: "flag", note: "TextVar (FlagSet.TextVar) is left out: its encoding.TextMarshaler/TextUnmarshaler types are outside golite's set."},
	// reflect.go is this output edited by hand (its header says how): rerunning
	// gen_api.sh undoes that, so restore it from git afterwards.
	{path: "reflect", allow: []string{
		"DeepEqual", "StringHeader", "SliceHeader", "Value", "ValueOf", "Kind", "Type", "TypeOf",
		"Method", "StructField", "StructTag", "ChanDir", "MapIter", "ValueError",
		"Invalid", "Bool", "Int", "Int8", "Int16", "Int32", "Int64", "Uint", "Uint8", "Uint16", "Uint32", "Uint64", "Uintptr",
		"Float32", "Float64", "Complex64", "Complex128", "Array", "Chan", "Func", "Interface", "Map", "Pointer", "Ptr", "Slice", "String", "Struct", "UnsafePointer",
		"RecvDir", "SendDir", "BothDir",
	}},
	{path: "path/filepath", allow: []string{
		"Separator", "ListSeparator", "ErrBadPattern", "SkipDir",
		"Join", "Base", "Dir", "Ext", "Clean", "Split", "SplitList", "Abs", "IsAbs", "Rel",
		"ToSlash", "FromSlash", "VolumeName", "Match", "Glob", "Walk", "WalkDir", "WalkFunc",
	}},
}

// unicode keeps only a few range tables; the rest would all need data from the runtime.
func unicodeTableDeny() []string {
	keep := map[string]bool{"Letter": true, "Digit": true, "Upper": true, "Lower": true, "Space": true, "Punct": true}
	var deny []string
	p, err := importer.ForCompiler(token.NewFileSet(), "source", nil).Import("unicode")
	if err != nil {
		panic(err)
	}
	for _, n := range p.Scope().Names() {
		if v, ok := p.Scope().Lookup(n).(*types.Var); ok && v.Exported() && !keep[n] {
			deny = append(deny, n)
		}
	}
	return deny
}

type pkgInfo struct {
	conf  pkgConf
	name  string
	fset  *token.FileSet
	files []*ast.File
	info  *types.Info
	tpkg  *types.Package
	allow map[string]bool
	deny  map[string]bool
}

var (
	pkgs     = map[string]*pkgInfo{}
	included = map[types.Object]bool{} // exported objects declared
	pulled   = map[types.Object]bool{} // unexported types/consts declared because exported API needs them
	logf     = func(format string, a ...any) { fmt.Fprintf(os.Stderr, format+"\n", a...) }
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: apigen STDLIBDIR")
		os.Exit(2)
	}
	out := os.Args[1]
	build.Default.GOOS, build.Default.GOARCH, build.Default.CgoEnabled = "linux", "amd64", false
	imp := importer.ForCompiler(token.NewFileSet(), "source", nil).(types.ImporterFrom)
	for _, c := range confs {
		pkgs[c.path] = load(c, imp)
	}
	// The real type-checks import dependencies through imp, so an object of
	// another package is found by path and name.
	for _, p := range pkgs {
		for _, n := range p.tpkg.Scope().Names() {
			o := p.tpkg.Scope().Lookup(n)
			if wanted(p, o) {
				included[o] = true
			}
		}
	}
	for changed := true; changed; {
		changed = false
		pulled = map[types.Object]bool{}
		for o := range included {
			if !surfaceOK(o) {
				logf("skip %s.%s: %s", o.Pkg().Path(), o.Name(), types.ObjectString(o, nil))
				delete(included, o)
				changed = true
			}
		}
	}
	for _, c := range confs {
		emit(pkgs[c.path], out)
	}
}

func load(c pkgConf, imp types.ImporterFrom) *pkgInfo {
	bp, err := build.Default.Import(c.path, "", 0)
	if err != nil {
		panic(err)
	}
	p := &pkgInfo{conf: c, name: bp.Name, fset: token.NewFileSet(), allow: set(c.allow), deny: set(c.deny)}
	for _, f := range bp.GoFiles {
		af, err := parser.ParseFile(p.fset, filepath.Join(bp.Dir, f), nil, parser.ParseComments)
		if err != nil {
			panic(err)
		}
		p.files = append(p.files, af)
	}
	p.info = &types.Info{Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{},
		Types: map[ast.Expr]types.TypeAndValue{}}
	conf := types.Config{Importer: realImporter{imp}, Error: func(error) {}}
	p.tpkg, _ = conf.Check(c.path, p.fset, p.files, p.info)
	return p
}

// realImporter hands out the packages the source importer loaded, so that
// objects are shared between our checks and the imports.
type realImporter struct{ imp types.ImporterFrom }

func (r realImporter) Import(path string) (*types.Package, error) {
	if p, ok := pkgs[path]; ok && p.tpkg != nil {
		return p.tpkg, nil
	}
	return r.imp.ImportFrom(path, "", 0)
}

func set(l []string) map[string]bool {
	if l == nil {
		return nil
	}
	m := map[string]bool{}
	for _, s := range l {
		m[s] = true
	}
	return m
}

func wanted(p *pkgInfo, o types.Object) bool {
	if !o.Exported() || p.deny[o.Name()] || (p.allow != nil && !p.allow[o.Name()]) {
		return false
	}
	if tn, ok := o.(*types.TypeName); ok {
		if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() > 0 {
			logf("skip generic %s.%s", o.Pkg().Path(), o.Name())
			return false
		}
	}
	if f, ok := o.(*types.Func); ok && f.Type().(*types.Signature).TypeParams().Len() > 0 {
		logf("skip generic %s.%s", o.Pkg().Path(), o.Name())
		return false
	}
	return true
}

func samePkgObj(a types.Object) types.Object {
	// Named types seen through an import are the imported package's objects;
	// map them to the object of our own check of that package.
	if a.Pkg() == nil {
		return a
	}
	if p, ok := pkgs[a.Pkg().Path()]; ok && p.tpkg != nil {
		if o := p.tpkg.Scope().Lookup(a.Name()); o != nil {
			return o
		}
	}
	return a
}

// surfaceOK reports whether everything users can see of o can be written.
func surfaceOK(o types.Object) bool {
	switch o := o.(type) {
	case *types.Const, *types.Var, *types.Func:
		return expressible(o.Type(), o.Pkg(), true, map[types.Type]bool{})
	case *types.TypeName:
		if o.IsAlias() {
			return expressible(o.Type(), o.Pkg(), true, map[types.Type]bool{})
		}
		return underlyingOK(o.Type().Underlying(), o.Pkg(), map[types.Type]bool{})
	}
	return false
}

func underlyingOK(u types.Type, pkg *types.Package, seen map[types.Type]bool) bool {
	if st, ok := u.(*types.Struct); ok {
		for i := 0; i < st.NumFields(); i++ {
			if f := st.Field(i); f.Exported() && !expressible(f.Type(), pkg, true, seen) {
				return false
			}
		}
		return true
	}
	return expressible(u, pkg, true, seen)
}

// expressible reports whether t can be written in the declaration file of
// pkg. With pull, unexported types of pkg are declared too.
func expressible(t types.Type, pkg *types.Package, pull bool, seen map[types.Type]bool) bool {
	if seen[t] {
		return true
	}
	seen[t] = true
	switch t := t.(type) {
	case *types.Basic:
		return true
	case *types.Named:
		o := samePkgObj(t.Obj())
		if o.Pkg() == nil {
			return true // error, comparable
		}
		if t.TypeArgs().Len() > 0 {
			return false
		}
		if included[o] || pulled[o] {
			return true
		}
		if pull && !o.Exported() && o.Pkg().Path() == pkg.Path() {
			if expressible(o.Type().Underlying(), pkg, true, seen) {
				pulled[o] = true
				return true
			}
		}
		return false
	case *types.Pointer:
		return expressible(t.Elem(), pkg, pull, seen)
	case *types.Slice:
		return expressible(t.Elem(), pkg, pull, seen)
	case *types.Array:
		return expressible(t.Elem(), pkg, pull, seen)
	case *types.Chan:
		return expressible(t.Elem(), pkg, pull, seen)
	case *types.Map:
		return expressible(t.Key(), pkg, pull, seen) && expressible(t.Elem(), pkg, pull, seen)
	case *types.Signature:
		if t.TypeParams().Len() > 0 {
			return false
		}
		return tupleOK(t.Params(), pkg, pull, seen) && tupleOK(t.Results(), pkg, pull, seen)
	case *types.Struct:
		for i := 0; i < t.NumFields(); i++ {
			if !expressible(t.Field(i).Type(), pkg, pull, seen) {
				return false
			}
		}
		return true
	case *types.Interface:
		for i := 0; i < t.NumEmbeddeds(); i++ {
			if !expressible(t.EmbeddedType(i), pkg, pull, seen) {
				return false
			}
		}
		for i := 0; i < t.NumExplicitMethods(); i++ {
			if !expressible(t.ExplicitMethod(i).Type(), pkg, pull, seen) {
				return false
			}
		}
		return true
	}
	return false
}

func tupleOK(tu *types.Tuple, pkg *types.Package, pull bool, seen map[types.Type]bool) bool {
	for i := 0; i < tu.Len(); i++ {
		if !expressible(tu.At(i).Type(), pkg, pull, seen) {
			return false
		}
	}
	return true
}

// ---- emission ----

type emitter struct {
	p       *pkgInfo
	buf     bytes.Buffer
	imports map[string]bool
}

func (e *emitter) node(n ast.Node) string {
	var b bytes.Buffer
	cfg := printer.Config{Mode: printer.UseSpaces | printer.TabIndent, Tabwidth: 8}
	if err := cfg.Fprint(&b, e.p.fset, n); err != nil {
		panic(err)
	}
	return b.String()
}

// qual names packages by their name and records the import.
func (e *emitter) qual(p *types.Package) string {
	if p.Path() == e.p.conf.path {
		return ""
	}
	e.imports[p.Path()] = true
	return p.Name()
}

func (e *emitter) typeString(t types.Type) string {
	return types.TypeString(t, e.qual)
}

// noteTypes records the imports t needs.
func (e *emitter) noteTypes(t types.Type) { e.typeString(t) }

func doc(g *ast.CommentGroup) string {
	if g == nil {
		return ""
	}
	text := g.Text()
	text = strings.Join(strings.Fields(text), " ")
	// First sentence: a period followed by a space or the end.
	for i := 0; i < len(text); i++ {
		if text[i] == '.' && (i+1 == len(text) || text[i+1] == ' ') {
			text = text[:i+1]
			break
		}
	}
	if strings.HasPrefix(text, "Deprecated") {
		return ""
	}
	return wrap(text, 96)
}

func wrap(s string, width int) string {
	var lines []string
	line := "//"
	for _, w := range strings.Fields(s) {
		if len(line)+1+len(w) > width && line != "//" {
			lines = append(lines, line)
			line = "//"
		}
		line += " " + w
	}
	lines = append(lines, line)
	return strings.Join(lines, "\n") + "\n"
}

// pkgSel matches an initializer naming another package's exported object.
var pkgSel = regexp.MustCompile(`^[a-z0-9]+\.[A-Z]\w*$`)

type decl struct {
	pos  token.Pos
	name string
	text string
}

func emit(p *pkgInfo, outdir string) {
	e := &emitter{p: p, imports: map[string]bool{}}
	var consts, vars, types_, funcs []decl
	methods := map[string][]decl{}
	typePos := map[string]token.Pos{}

	// Pull in unexported constants that exported constant expressions use.
	constExpr := map[*types.Const]ast.Expr{}
	constType := map[*types.Const]ast.Expr{}
	for _, f := range p.files {
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.CONST {
				continue
			}
			for _, s := range g.Specs {
				vs := s.(*ast.ValueSpec)
				for i, n := range vs.Names {
					c := p.info.Defs[n].(*types.Const)
					if len(vs.Values) == len(vs.Names) {
						constExpr[c] = vs.Values[i]
						constType[c] = vs.Type
					}
				}
			}
		}
	}
	var pullConst func(c *types.Const) bool
	pullConst = func(c *types.Const) bool {
		x := constExpr[c]
		if x == nil {
			return false
		}
		ok := true
		ast.Inspect(x, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.SelectorExpr:
				pn, isPkg := n.X.(*ast.Ident)
				if isPkg {
					if _, isPkg = p.info.Uses[pn].(*types.PkgName); isPkg {
						o := samePkgObj(p.info.Uses[n.Sel])
						if _, isConst := o.(*types.Const); !isConst || !included[o] {
							ok = false
						}
						return false
					}
				}
			case *ast.Ident:
				switch o := p.info.Uses[n].(type) {
				case *types.Const:
					if o.Pkg() == nil { // true, false, iota
						if o.Name() == "iota" {
							ok = false
						}
						return true
					}
					if o.Pkg() != p.tpkg {
						ok = false
					} else if !o.Exported() {
						if pullConst(o) {
							pulled[o] = true
						} else {
							ok = false
						}
					} else if !included[o] {
						ok = false
					}
				case *types.TypeName:
					if o.Pkg() != nil && !included[o] && !pulled[o] {
						ok = false
					}
				case nil:
				default:
					ok = false
				}
			}
			return true
		})
		return ok
	}
	copyable := map[*types.Const]bool{}
	for c := range constExpr {
		if included[c] && pullConst(c) {
			copyable[c] = true
		}
	}
	for c := range pulled {
		if c, ok := c.(*types.Const); ok && c.Pkg() == p.tpkg {
			copyable[c] = true
		}
	}

	for _, f := range p.files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				o := p.info.Defs[d.Name].(*types.Func)
				if d.Recv == nil {
					if included[o] {
						funcs = append(funcs, decl{d.Pos(), d.Name.Name, doc(d.Doc) + e.funcText(d)})
					}
					continue
				}
				recv := recvBase(d.Recv.List[0].Type)
				rt := p.tpkg.Scope().Lookup(recv)
				if rt == nil || !included[rt] || !o.Exported() || p.deny[recv+"."+o.Name()] {
					continue
				}
				if !expressible(o.Type(), p.tpkg, false, map[types.Type]bool{}) {
					logf("skip method %s.%s.%s", p.conf.path, recv, o.Name())
					continue
				}
				methods[recv] = append(methods[recv], decl{d.Pos(), d.Name.Name, doc(d.Doc) + e.funcText(d)})
			case *ast.GenDecl:
				switch d.Tok {
				case token.CONST:
					if t := e.constGroup(d, copyable); t != "" {
						consts = append(consts, decl{d.Pos(), "", t})
					}
				case token.VAR:
					if t := e.varGroup(d); t != "" {
						vars = append(vars, decl{d.Pos(), "", t})
					}
				case token.TYPE:
					for _, s := range d.Specs {
						ts := s.(*ast.TypeSpec)
						o := p.info.Defs[ts.Name]
						if !included[o] && !pulled[o] {
							continue
						}
						dc := ts.Doc
						if dc == nil && len(d.Specs) == 1 {
							dc = d.Doc
						}
						typePos[ts.Name.Name] = ts.Pos()
						types_ = append(types_, decl{ts.Pos(), ts.Name.Name, doc(dc) + e.typeText(ts, o.(*types.TypeName))})
					}
				}
			}
		}
	}

	var b bytes.Buffer
	fmt.Fprintf(&b, "// Package %s: the API golite's type checker sees for import %q.\n//\n", p.name, p.conf.path)
	fmt.Fprintf(&b, "// Names, signatures and constant values are Go 1.19's (src/%s, Copyright The Go\n", p.conf.path)
	fmt.Fprintf(&b, "// Authors, BSD-style licence). Functions are declared without bodies: golite's\n")
	fmt.Fprintf(&b, "// runtime supplies them. Checked against Go by stdlib/verify_api.sh.\n")
	if p.conf.note != "" {
		b.WriteString("//\n" + wrap(p.conf.note, 96))
	}
	fmt.Fprintf(&b, "package %s\n\n", p.name)
	var imps []string
	for i := range e.imports {
		imps = append(imps, i)
	}
	sort.Strings(imps)
	if len(imps) > 0 {
		b.WriteString("import (\n")
		for _, i := range imps {
			fmt.Fprintf(&b, "\t%q\n", i)
		}
		b.WriteString(")\n\n")
	}
	sortByName(funcs)
	for _, l := range [][]decl{consts, vars, funcs} {
		for _, d := range l {
			b.WriteString(d.text)
			b.WriteString("\n")
		}
	}
	sortByName(types_)
	for _, d := range types_ {
		b.WriteString(d.text)
		b.WriteString("\n")
		name := strings.Fields(strings.TrimPrefix(lastLine(d.text), "type "))[0]
		ms := methods[name]
		sortByName(ms)
		for _, m := range ms {
			b.WriteString(m.text)
		}
		if len(ms) > 0 {
			b.WriteString("\n")
		}
	}
	src, err := format.Source(b.Bytes())
	if err != nil {
		os.WriteFile("/tmp/bad.go", b.Bytes(), 0644)
		panic(fmt.Sprintf("%s: %v", p.conf.path, err))
	}
	dir := filepath.Join(outdir, p.conf.path)
	os.MkdirAll(dir, 0755)
	name := filepath.Join(dir, filepath.Base(p.conf.path)+".go")
	if err := os.WriteFile(name, src, 0644); err != nil {
		panic(err)
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for _, l := range lines {
		if strings.HasPrefix(l, "type ") {
			return l
		}
	}
	return lines[len(lines)-1]
}

// sortByName orders declarations by their name, as go doc does.
func sortByName(l []decl) {
	sort.SliceStable(l, func(i, j int) bool { return l[i].name < l[j].name })
}

func sortDecls(l []decl) {
	// Source order within a file; files in name order, which is how they were parsed.
	sort.SliceStable(l, func(i, j int) bool { return l[i].pos < l[j].pos })
}

func recvBase(x ast.Expr) string {
	switch x := x.(type) {
	case *ast.StarExpr:
		return recvBase(x.X)
	case *ast.Ident:
		return x.Name
	case *ast.IndexExpr:
		return recvBase(x.X)
	case *ast.IndexListExpr:
		return recvBase(x.X)
	case *ast.ParenExpr:
		return recvBase(x.X)
	}
	panic("receiver")
}

func (e *emitter) funcText(d *ast.FuncDecl) string {
	o := e.p.info.Defs[d.Name]
	e.noteTypes(o.Type())
	c := *d
	c.Doc, c.Body = nil, nil
	return e.node(&c) + "\n"
}

func (e *emitter) typeText(ts *ast.TypeSpec, o *types.TypeName) string {
	if _, isStruct := o.Type().Underlying().(*types.Struct); !isStruct || o.IsAlias() {
		e.noteTypes(o.Type().Underlying())
	}
	if o.IsAlias() {
		e.noteTypes(o.Type())
	}
	head := ts.Name.Name + " "
	if ts.Assign.IsValid() {
		head += "= "
	}
	switch t := ts.Type.(type) {
	case *ast.StructType:
		if !o.IsAlias() {
			return "type " + head + e.structType(t, o.Type().Underlying().(*types.Struct), o) + "\n"
		}
	case *ast.InterfaceType:
		return "type " + head + e.interfaceType(t) + "\n"
	}
	return "type " + head + e.node(stripComments(ts.Type)) + "\n"
}

// structType keeps the exported fields and the unexported ones whose types
// are written with this package's types alone; it keeps the struct
// non-comparable if Go's is, and keeps a placeholder if every field went.
func (e *emitter) structType(st *ast.StructType, ts *types.Struct, o *types.TypeName) string {
	var lines []string
	var firstDropped string
	idx := 0
	allComparable := true
	for _, f := range st.Fields.List {
		names := f.Names
		if len(names) == 0 {
			names = []*ast.Ident{nil}
		}
		var kept []string
		for _, n := range names {
			v := ts.Field(idx)
			idx++
			if v.Exported() || (localOnly(v.Type(), e.p.tpkg, map[types.Type]bool{}) && !noCopyType(v.Type())) {
				e.noteTypes(v.Type())
				if n != nil {
					kept = append(kept, n.Name)
				}
				allComparable = allComparable && types.Comparable(v.Type())
				if n == nil {
					kept = append(kept, "")
				}
			} else if firstDropped == "" && !noCopyType(v.Type()) {
				firstDropped = fmt.Sprintf("%s uintptr // Go: %s", v.Name(), e.node(stripComments(f.Type)))
			}
		}
		if len(kept) == 0 {
			continue
		}
		l := e.node(stripComments(f.Type))
		if kept[0] != "" {
			l = strings.Join(kept, ", ") + " " + l
		}
		if f.Tag != nil {
			l += " " + f.Tag.Value
		}
		lines = append(lines, l)
	}
	if len(lines) == 0 && firstDropped != "" {
		lines = append(lines, firstDropped)
		logf("note %s.%s: placeholder %s", e.p.conf.path, o.Name(), firstDropped)
	} else if allComparable && !types.Comparable(ts) {
		lines = append(lines, "_ [0]func() // not comparable, as in Go")
		logf("note %s.%s: added _ [0]func() to stay non-comparable", e.p.conf.path, o.Name())
	}
	if len(lines) == 0 {
		return "struct{}"
	}
	return "struct {\n\t" + strings.Join(lines, "\n\t") + "\n}"
}

// interfaceType prints an interface with the first sentence of each method's doc.
func (e *emitter) interfaceType(it *ast.InterfaceType) string {
	var lines []string
	for _, f := range it.Methods.List {
		d := doc(f.Doc)
		if d != "" {
			d = strings.ReplaceAll(strings.TrimSuffix(d, "\n"), "\n", "\n\t") + "\n\t"
		}
		if len(f.Names) == 0 {
			lines = append(lines, d+e.node(stripComments(f.Type)))
			continue
		}
		lines = append(lines, d+f.Names[0].Name+strings.TrimPrefix(e.node(stripComments(f.Type)), "func"))
	}
	if len(lines) == 0 {
		return "interface{}"
	}
	return "interface {\n\t" + strings.Join(lines, "\n\t") + "\n}"
}

func stripComments(x ast.Expr) ast.Expr {
	ast.Inspect(x, func(n ast.Node) bool {
		if f, ok := n.(*ast.Field); ok {
			f.Doc, f.Comment = nil, nil
		}
		return true
	})
	return x
}

func noCopyType(t types.Type) bool {
	n, ok := t.(*types.Named)
	return ok && (n.Obj().Name() == "noCopy" || n.Obj().Name() == "align64")
}

// localOnly reports whether t is written with predeclared types and types
// this package declares, without unsafe.
func localOnly(t types.Type, pkg *types.Package, seen map[types.Type]bool) bool {
	if seen[t] {
		return true
	}
	seen[t] = true
	switch t := t.(type) {
	case *types.Basic:
		return t.Kind() != types.UnsafePointer
	case *types.Named:
		o := samePkgObj(t.Obj())
		return o.Pkg() == nil || (o.Pkg().Path() == pkg.Path() && (included[o] || pulled[o]))
	case *types.Pointer:
		return localOnly(t.Elem(), pkg, seen)
	case *types.Slice:
		return localOnly(t.Elem(), pkg, seen)
	case *types.Array:
		return localOnly(t.Elem(), pkg, seen)
	case *types.Chan:
		return localOnly(t.Elem(), pkg, seen)
	case *types.Map:
		return localOnly(t.Key(), pkg, seen) && localOnly(t.Elem(), pkg, seen)
	case *types.Signature:
		for _, tu := range []*types.Tuple{t.Params(), t.Results()} {
			for i := 0; i < tu.Len(); i++ {
				if !localOnly(tu.At(i).Type(), pkg, seen) {
					return false
				}
			}
		}
		return t.TypeParams().Len() == 0
	case *types.Struct:
		for i := 0; i < t.NumFields(); i++ {
			if !localOnly(t.Field(i).Type(), pkg, seen) {
				return false
			}
		}
		return true
	case *types.Interface:
		return t.Empty()
	}
	return false
}

func (e *emitter) constGroup(d *ast.GenDecl, copyable map[*types.Const]bool) string {
	var lines []string
	var lastExpr string
	for _, s := range d.Specs {
		vs := s.(*ast.ValueSpec)
		if len(vs.Values) > 0 {
			lastExpr = e.node(vs.Values[0])
		}
		for i, n := range vs.Names {
			c := e.p.info.Defs[n].(*types.Const)
			if !included[c] && !pulled[c] {
				continue
			}
			e.noteTypes(c.Type())
			if copyable[c] {
				// Record imports for package-qualified operands.
				ast.Inspect(vs.Values[i], func(n ast.Node) bool {
					if id, ok := n.(*ast.Ident); ok {
						if pn, ok := e.p.info.Uses[id].(*types.PkgName); ok {
							e.imports[pn.Imported().Path()] = true
						}
					}
					return true
				})
				l := n.Name
				if vs.Type != nil {
					l += " " + e.node(vs.Type)
				}
				lines = append(lines, l+" = "+e.node(vs.Values[i]))
				continue
			}
			l := n.Name
			basic, untyped := c.Type().(*types.Basic)
			untyped = untyped && basic.Info()&types.IsUntyped != 0
			if !untyped {
				l += " " + e.typeString(c.Type())
			}
			lines = append(lines, l+" = "+constValue(c, untyped, lastExpr))
		}
	}
	if len(lines) == 0 {
		return ""
	}
	dc := doc(d.Doc)
	if len(lines) == 1 {
		return dc + "const " + lines[0] + "\n"
	}
	return dc + "const (\n\t" + strings.Join(lines, "\n\t") + "\n)\n"
}

func constValue(c *types.Const, untyped bool, srcExpr string) string {
	v := c.Val()
	switch v.Kind() {
	case constant.Int:
		if untyped && c.Type().(*types.Basic).Kind() == types.UntypedRune {
			if r, ok := constant.Int64Val(v); ok {
				return strconv.QuoteRune(rune(r))
			}
		}
		if strings.Contains(srcExpr, "<<") || strings.Contains(srcExpr, "0x") || strings.Contains(srcExpr, "syscall.") {
			if constant.Sign(v) >= 0 {
				if u, ok := constant.Uint64Val(v); ok {
					return fmt.Sprintf("%#x", u)
				}
			}
		}
		return v.ExactString()
	case constant.Float:
		logf("float constant %s computed: %s", c.Name(), v.ExactString())
		return v.ExactString()
	case constant.String:
		return strconv.Quote(constant.StringVal(v))
	}
	return v.ExactString()
}

func (e *emitter) varGroup(d *ast.GenDecl) string {
	var lines []string
	for _, s := range d.Specs {
		vs := s.(*ast.ValueSpec)
		for i, n := range vs.Names {
			v, _ := e.p.info.Defs[n].(*types.Var)
			if v == nil || !included[v] {
				continue
			}
			l := n.Name + " " + e.typeString(v.Type())
			if len(vs.Values) == len(vs.Names) {
				x := e.node(vs.Values[i])
				if len(x) <= 90 && !strings.Contains(x, "\n") && (strings.Contains(x, `"`) || pkgSel.MatchString(x)) {
					l += " // " + x
				}
			}
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 {
		return ""
	}
	dc := doc(d.Doc)
	if len(lines) == 1 {
		return dc + "var " + lines[0] + "\n"
	}
	return dc + "var (\n\t" + strings.Join(lines, "\n\t") + "\n)\n"
}
EOF

cd "$tmp"
export GOFLAGS= GOWORK=off GO111MODULE=on
"$GO" run . "$here"
