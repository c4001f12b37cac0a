// errorcheck

package main

type Celsius float64
type Fahrenheit float64

func main() {
	var c Celsius = 10
	var f Fahrenheit
	f = c // ERROR "cannot use c \(variable of type Celsius\) as type Fahrenheit in assignment"
	_ = f
}
