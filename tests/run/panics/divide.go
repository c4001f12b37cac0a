// run

package main

import "fmt"

func main() {
	nums := []int{100, 50, 25, 0}
	for i := 0; i+1 < len(nums); i++ {
		fmt.Println(nums[i], "/", nums[i+1], "=", nums[i]/nums[i+1])
	}
	fmt.Println("done")
}
