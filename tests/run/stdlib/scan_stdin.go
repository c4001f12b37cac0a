// run

package main

import (
	"bufio"
	"fmt"
	"os"
)

// Standard input is empty (/dev/null) when the tests run.
func main() {
	var x int
	var s string
	fmt.Print("prompt> ")
	n, err := fmt.Scan(&x)
	fmt.Println(n, err, x)
	n, err = fmt.Scanln(&x, &s)
	fmt.Println(n, err)
	n, err = fmt.Scanf("%d %s", &x, &s)
	fmt.Println(n, err)
	n, err = fmt.Scanf("x")
	fmt.Println(n, err)
	n, err = fmt.Scan()
	fmt.Println(n, err)
	n, err = fmt.Scanln()
	fmt.Println(n, err)
	n, err = fmt.Scanf("")
	fmt.Println(n, err)
	n, err = fmt.Scan(x)
	fmt.Println(n, err)
	n, err = fmt.Fscan(os.Stdin, &x)
	fmt.Println(n, err)
	line, err := bufio.NewReader(os.Stdin).ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
}
