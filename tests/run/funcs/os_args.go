// run
// args: alpha beta -n 42 "quoted"

package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	args := os.Args[1:]
	fmt.Println(len(os.Args) > 0, len(args))
	for i, a := range args {
		fmt.Printf("%d %q %d\n", i, a, len(a))
	}
	n := 0
	for i := 0; i < len(args); i++ {
		if args[i] == "-n" && i+1 < len(args) {
			v, err := strconv.Atoi(args[i+1])
			if err == nil {
				n = v
			}
			i++
		}
	}
	fmt.Println("n =", n)
	fmt.Println(strings.Join(args, "+"))
	if len(args) > 0 {
		fmt.Println(strings.ToUpper(args[0]), args[len(args)-1])
	}
}
