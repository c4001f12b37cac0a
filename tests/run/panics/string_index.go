// run

package main

import "fmt"

func charAt(s string, i int) byte {
	return s[i]
}

func main() {
	s := "héllo"
	for i := 0; i < len(s); i++ {
		fmt.Print(charAt(s, i), " ")
	}
	fmt.Println()
	var arr [4]int
	k := -1
	for i := range arr {
		arr[i] = i * i
		k += 2
	}
	fmt.Println(arr, k)
	fmt.Println(charAt(s, k))
}
