// run

package main

import (
	"errors"
	"fmt"
	"strings"
)

type T struct{ A int }
type I interface{ M() }
type Fn func(int) string
type Sl []T
type Mp map[string]*T
type Named int

func main() {
	var (
		i   interface{}
		ch  chan int
		sc  chan<- int
		rc  <-chan string
		cc  chan (<-chan int)
		f1  func(int) string
		f2  func()
		f3  func(int, ...string) (bool, error)
		f4  func(a, b int) (c int)
		fI  func(I) interface{}
		st  fmt.Stringer
		err error
		np  *T
		ip  *interface{}
		ar  [3]int
		ar2 [2][3]*string
		anon struct {
			X int
			y string `tag:"t"`
		}
		emp  struct{}
		ei   interface{ M() }
		uptr uintptr
	)
	vals := []interface{}{
		i, 1, int8(1), int16(1), int32(1), int64(1), uint(1), uint8(1), uint16(1), uint32(1), uint64(1),
		uptr, 1.5, float32(1), 1i, complex64(1), "s", true, 'r', byte(1),
		[]interface{}{}, map[string]int{}, map[interface{}][]string(nil), []byte(nil), [][]int{},
		ch, sc, rc, cc, f1, f2, f3, f4, fI, st, err, np, &np, ip, ar, ar2, anon, emp, ei,
		T{}, &T{}, []T{}, []*T{}, map[T]bool{}, Fn(nil), Sl{}, Mp{}, Named(0), &[]Named{},
		errors.New("e"), fmt.Errorf("x"), &strings.Builder{},
		struct{ T }{}, struct{ *T }{}, [0]func(){}, main,
	}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	fmt.Printf("%T %T\n", vals, &vals)
	fmt.Println(fmt.Sprintf("%T|%10T|%-10T|", 1, "x", 2.0))
	fmt.Printf("%v %v\n", i, st)
}
