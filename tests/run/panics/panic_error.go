// run

package main

import (
	"errors"
	"fmt"
)

func main() {
	err := errors.New("something broke")
	fmt.Println("error is:", err)
	panic(err)
}
