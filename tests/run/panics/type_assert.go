// run

package main

import "fmt"

func main() {
	vals := []interface{}{1, 2, "three", 4}
	total := 0
	for _, v := range vals {
		fmt.Println("adding", v)
		total += v.(int)
	}
	fmt.Println(total)
}
