// run

// A value boxed into a frame slot for a comparison with an interface: the
// slot's pointer register must not overwrite the value being boxed (a
// package variable loaded into temporaries, as in go's test/convT2X.go).
package main

type J interface{ Method() }

type U128 [2]uint64
type S3 struct{ a, b, c int64 }

func (U128) Method() {}
func (S3) Method()   {}

var (
	u128 = U128{4, 5}
	s3   = S3{1, 2, 3}
)

var (
	iu128 interface{} = u128
	ju128 J           = u128
	is3   interface{} = s3
	js3   J           = s3
)

func main() {
	println(u128 != iu128, u128 != ju128, u128 == iu128, u128 == ju128)
	println(s3 != is3, s3 != js3, s3 == is3, s3 == js3)
	for i := 0; i < 3; i++ {
		v := U128{uint64(i), 5}
		println(v == iu128, v == ju128, iu128 == v)
	}
}
