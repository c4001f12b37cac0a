// errorcheck

package main

func two() ([]int, []int) { return nil, nil }

func main() {
	var s []int
	var f float64
	_ = append(s...)              // ERROR "not enough arguments in call to append"
	_ = append(s, 1, s...)        // ERROR "too many arguments in call to append"
	_ = append(two()...)          // ERROR "cannot use ... with 2-valued two\(\)"
	_ = append(s, "x")            // ERROR "cannot use .x. \(untyped string constant\) as int value in argument to append"
	_ = append(s, 1, 2.5)         // ERROR "cannot use 2.5 \(untyped float constant\) as int value in argument to append \(truncated\)"
	_ = append(s, []string{}...)  // ERROR "cannot use \[\]string{} \(value of type \[\]string\) as type \[\]int in argument to append"
	_ = append(s, f)              // ERROR "cannot use f \(variable of type float64\) as type int in argument to append"
	_ = append(s, 1<<70)          // ERROR "cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int value in argument to append \(overflows\)"
	_ = append(s, 1, 2, 3)
	_ = append(s, s...)
	_ = append(s)
}
