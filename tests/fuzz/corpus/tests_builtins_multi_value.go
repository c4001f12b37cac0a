// errorcheck

package main

func slices() ([]int, []int)      { return nil, nil }
func bytestr() ([]byte, string)   { return nil, "" }
func floats() (float64, float64)  { return 1, 2 }
func mapkey() (map[string]int, string) { return nil, "" }
func three() (int, int, int)      { return 1, 2, 3 }
func one() []int                  { return nil }

func main() {
	_ = copy(slices())
	_ = copy(bytestr())
	_ = complex(floats())
	delete(mapkey())
	print(three())
	println(three())
	_ = append(slices())    // ERROR "cannot use slices\(\) \(value of type \[\]int\) as type int in argument to append"
	_ = len(one())
	_ = append(bytestr()...) // types2 accepts this; go 1.19's backend then crashes
	_ = len(slices())      // ERROR "invalid operation: too many arguments for len\(slices\(\)\) \(expected 1, found 2\)"
	_ = real(floats())     // ERROR "invalid operation: too many arguments for real\(floats\(\)\) \(expected 1, found 2\)"
	_ = complex(three())   // ERROR "invalid operation: too many arguments for complex\(three\(\)\) \(expected 2, found 3\)"
	_ = copy(one())        // ERROR "invalid operation: not enough arguments for copy\(one\(\)\) \(expected 2, found 1\)"
	_ = append(three())    // ERROR "first argument to append must be a slice; have three\(\) \(value of type int\)"
	_ = append(slices()...) // ERROR "cannot use ... with 2-valued slices\(\)"
	_ = append(bytestr())   // ERROR "cannot use bytestr\(\) \(value of type string\) as type byte in argument to append"
	close(three())         // ERROR "invalid operation: too many arguments for close\(three\(\)\) \(expected 1, found 3\)"
}
