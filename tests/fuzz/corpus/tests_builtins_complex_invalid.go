// errorcheck

package main

type F float64

func main() {
	var i int
	var f32 float32
	var f64 float64
	var f F
	var c complex128
	_ = complex(f32, f64) // ERROR "invalid operation: complex\(f32, f64\) \(mismatched types float32 and float64\)"
	_ = complex(f, f64)   // ERROR "invalid operation: complex\(f, f64\) \(mismatched types F and float64\)"
	_ = complex(i, i)     // ERROR "invalid argument: arguments have type int, expected floating-point"
	_ = complex(1i, 2)    // ERROR "invalid operation: complex\(1i, 2\) \(mismatched types untyped complex and untyped float\)"
	_ = complex(c, c)     // ERROR "invalid argument: arguments have type complex128, expected floating-point"
	_ = complex(1i, 2i)   // ERROR "invalid argument: arguments have type untyped complex, expected floating-point"
	_ = complex("a", 1)   // ERROR "invalid operation: complex\(.a., 1\) \(mismatched types untyped string and untyped float\)"
	_ = complex(f32, 1.5)
	_ = complex(f, f)
	_ = complex(1, 2)
	_ = complex(f32, "x") // ERROR "cannot convert .x. \(untyped string constant\) to float32"
	_ = complex(1)        // ERROR "invalid operation: not enough arguments for complex\(1\) \(expected 2, found 1\)"
}
