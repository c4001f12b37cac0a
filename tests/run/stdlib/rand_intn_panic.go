// run

// rand.Intn panics as go's does for a bound that is not positive.

package main

import (
	"fmt"
	"math/rand"
)

func main() {
	fmt.Println(rand.Intn(5))
	fmt.Println(rand.Intn(0))
}
