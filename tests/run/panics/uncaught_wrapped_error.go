// run

package main

import (
	"errors"
	"fmt"
)

var errBase = errors.New("base failure")

func main() {
	err := fmt.Errorf("loading config: %w", errBase)
	fmt.Println(errors.Is(err, errBase))
	panic(err)
}
