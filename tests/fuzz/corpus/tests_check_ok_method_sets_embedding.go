// compile

package main

type Namer interface{ Name() string }
type Setter interface{ Set(string) }
type NameSetter interface {
	Namer
	Setter
}

type Base struct{ name string }

func (b Base) Name() string  { return b.name }
func (b *Base) Set(s string) { b.name = s }
func (b *Base) reset()       { b.name = "" }

type Wrapper struct {
	*Base // promoted methods from *Base include Name and Set
	n     int
}

type Value struct {
	Base // Value has Name; *Value also has Set
}

func main() {
	var ns NameSetter = Wrapper{Base: &Base{}}
	ns.Set("w")
	var n Namer = Value{}
	_ = n
	var ns2 NameSetter = &Value{}
	ns2.Set("v")
	v := Value{}
	v.Set("addressable") // &v is taken implicitly
	v.reset()
	f := (*Base).Set // method expression
	f(&v.Base, "x")
	g := v.Name // method value
	_ = g()
}
