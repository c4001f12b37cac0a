package main
import (
 "fmt"
 f "fmt"
 . "strings"
 _ "os"
 "math"
)
func main() { fmt.Println(f.Sprint(ToUpper("x")), math.Pi, fmt.x, fmt) }
