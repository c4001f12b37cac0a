// compile

package main

type F32 float32

const (
	c0 = complex(1, 2)
	c1 = complex(1.5, 0)
	c2 = real(c0)
	c3 = imag(c0)
	c4 = real(3)
	c5 = imag(2.5)
	c6 = real('a')
)

const c64 complex64 = complex(1, -1)
const f32 float32 = imag(c64)

var arr [c2 + c3 + c6]int

func safeDiv(a, b int) (q int, err interface{}) {
	defer func() {
		err = recover()
	}()
	if b == 0 {
		panic("division by zero")
	}
	return a / b, nil
}

func mustPositive(n int) int {
	if n > 0 {
		return n
	}
	panic(n)
}

func main() {
	var x, y float64 = 1, 2
	z := complex(x, y)
	var a, b float32 = 3, 4
	w := complex(a, b)
	var fa F32 = 1
	_ = complex(fa, fa)
	var re float64 = real(z)
	var im float32 = imag(w)
	var c complex128 = complex(x, 1)
	_ = complex(0.5, y)
	var zc complex64 = complex(a, 2)

	print(1, 2.5, "s", 'r', true, 1 == 1, z, re)
	println(x, y, im, c, zc, arr[0])
	println()
	print()
	var p *int
	var e error
	println(p, e, []int{}, map[int]int{}, func() {})

	defer func() {
		if r := recover(); r != nil {
			println("recovered")
		}
	}()
	_, err := safeDiv(1, 0)
	if err != nil {
		panic(err)
	}
	panic(nil)
	panic(1 << 10)
	panic(struct{ a int }{1})
	_ = mustPositive(1)
}
