// run

package main

import (
	"fmt"
	"reflect"
	"unsafe"
)

type Celsius float64

type Point struct {
	X, Y   int
	label  string
	Nested *Point
}

type Stringer interface{ String() string }

func (p Point) String() string { return fmt.Sprint(p.X, ",", p.Y) }

func (p *Point) Move(dx int) { p.X += dx }

func describe(x interface{}) {
	t := reflect.TypeOf(x)
	if t == nil {
		fmt.Println("nil type")
		return
	}
	fmt.Printf("%s name=%q pkg=%q kind=%s size=%d\n", t.String(), t.Name(), t.PkgPath(), t.Kind(), t.Size())
}

func main() {
	for _, x := range []interface{}{
		1, int8(2), uint16(3), 2.5, float32(1), complex(1, 2), "s", true, Celsius(20),
		[]int{1}, [3]string{}, map[string]int{}, &Point{}, Point{}, make(chan int), (<-chan int)(nil),
		func(int, ...string) bool { return false }, unsafe.Pointer(nil), nil, struct{}{},
	} {
		describe(x)
	}

	t := reflect.TypeOf(map[string][]*Point{})
	fmt.Println(t.Key(), t.Elem(), t.Elem().Elem(), t.Elem().Elem().Elem().Name())
	ft := reflect.TypeOf(fmt.Sprintf)
	fmt.Println(ft.NumIn(), ft.In(0), ft.In(1), ft.NumOut(), ft.Out(0), ft.IsVariadic())
	fmt.Println(reflect.TypeOf([4]byte{}).Len(), reflect.TypeOf(Point{}).NumField())
	fmt.Println(reflect.TypeOf(make(chan<- int)).ChanDir(), reflect.TypeOf(make(<-chan int)).ChanDir(),
		reflect.TypeOf(make(chan int)).ChanDir())
	fmt.Println(reflect.TypeOf(Point{}).NumMethod(), reflect.TypeOf(&Point{}).NumMethod(),
		reflect.TypeOf((*Stringer)(nil)).Elem().NumMethod(), reflect.TypeOf(Point{}).Comparable(),
		reflect.TypeOf([]int{}).Comparable(), reflect.TypeOf(int32(0)).Bits())
	fmt.Println(reflect.TypeOf(1) == reflect.TypeOf(2), reflect.TypeOf(1) == reflect.TypeOf(int8(2)))

	p := Point{3, 4, "secret", &Point{X: 9}}
	v := reflect.ValueOf(p)
	fmt.Println(v.Kind(), v.Type(), v.NumField(), v.IsValid(), v.CanAddr())
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		fmt.Println(i, f.Kind(), f.Type(), f.CanInterface())
	}
	fmt.Println(v.Field(0).Int(), v.Field(1).Interface(), v.Field(2).String(), v.Field(3).Elem().Field(0).Int())
	fmt.Println(v.Field(3).Elem().CanAddr(), v.Field(3).IsNil(), v.Interface().(Point).X)

	s := reflect.ValueOf([]string{"a", "bc"})
	fmt.Println(s.Len(), s.Cap(), s.Index(1), s.Index(1).Len(), s.Index(1).Index(0).Uint())
	fmt.Println(reflect.ValueOf(map[int]int{1: 1, 2: 2}).Len(), reflect.ValueOf([2]bool{true}).Index(0).Bool())
	ch := make(chan int, 5)
	ch <- 1
	fmt.Println(reflect.ValueOf(ch).Len(), reflect.ValueOf(ch).Cap())
	fmt.Println(reflect.ValueOf(2.5).Float(), reflect.ValueOf(float32(0.5)).Float(), reflect.ValueOf(complex64(1+2i)).Complex())
	fmt.Println(reflect.ValueOf(uint8(200)).Uint(), reflect.ValueOf(int16(-7)).Int(), reflect.ValueOf(42).String())

	var e interface{} = []interface{}{Celsius(1), nil}
	ev := reflect.ValueOf(e).Index(0)
	fmt.Println(ev.Kind(), ev.Elem().Kind(), ev.Elem().Type(), ev.Elem().Float(), reflect.ValueOf(e).Index(1).IsNil())
	var st Stringer = p
	sv := reflect.ValueOf(&st).Elem()
	fmt.Println(sv.Kind(), sv.NumMethod(), sv.Elem().Type(), sv.Interface())

	var zero reflect.Value
	fmt.Println(zero.IsValid(), zero.Kind(), zero.String())
	fmt.Println(reflect.Kind(100), reflect.Ptr == reflect.Pointer, reflect.ChanDir(7))

	try := func(name string, f func()) {
		defer func() { fmt.Println(name, "panics:", recover()) }()
		f()
	}
	try("Int on string", func() { reflect.ValueOf("x").Int() })
	try("Interface on unexported", func() { v.Field(2).Interface() })
	try("Type on zero", func() { zero.Type() })
	try("Elem of int", func() { reflect.TypeOf(1).Elem() })
	try("Index out of range", func() { s.Index(5) })
	try("Field of slice", func() { s.Field(0) })

	tag := reflect.StructTag(`json:"name,omitempty" xml:"n"`)
	fmt.Println(tag.Get("json"), tag.Get("xml"), tag.Get("yaml") == "")
	fmt.Println(reflect.DeepEqual(v.Interface(), p))

	// fmt prints the value a reflect.Value holds
	fmt.Println(reflect.ValueOf(42), v, v.Field(2), v.Field(3), zero)
	fmt.Printf("%d %v %s %q %x|%6v|%T\n", reflect.ValueOf(7), s, s.Index(0), v.Field(2), reflect.ValueOf(255),
		reflect.ValueOf(1.5), reflect.ValueOf(1))
	fmt.Println(sv, reflect.ValueOf(&st).Elem().Elem(), reflect.ValueOf(e))
}
