// run

package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, n := range []int{65, 97, 0x3b1, 0x1F600, 0xD800, -1, 0x110000} {
		fmt.Printf("%d %q %q %d\n", n, string(rune(n)), strconv.Itoa(n), len(string(rune(n))))
	}
	b := []byte{0xe4, 0xb8, 0x96, 0xe7, 0x95, 0x8c}
	s := string(b)
	fmt.Println(s, len(s), len([]rune(s)))
	b[0] = 'X'
	fmt.Println(s, string(b))
	// string <-> []rune round trip normalises invalid bytes
	bad := "a\xffb"
	fmt.Printf("%q %q %v\n", bad, string([]rune(bad)), string([]rune(bad)) == bad)
	fmt.Printf("%q %v\n", string([]byte(bad)), string([]byte(bad)) == bad)
	// numbers to strings the right way
	n := 42
	fmt.Println(strconv.Itoa(n), fmt.Sprint(n), fmt.Sprintf("%03d", n), string(rune(n)))
	// byte arithmetic and back to string
	word := []byte("HAL")
	for i := range word {
		word[i]++
	}
	fmt.Println(string(word))
	// rune arithmetic
	var letters []rune
	for r := 'α'; r <= 'ε'; r++ {
		letters = append(letters, r)
	}
	fmt.Println(string(letters), len(string(letters)), letters)
	digits := "0123456789"
	sum := 0
	for _, d := range digits {
		sum += int(d - '0')
	}
	fmt.Println(sum)
	// byte to rune to string
	var by byte = 0xe9
	fmt.Println(string(rune(by)), []byte(string(rune(by))), string([]byte{by}) == "\xe9")
	fmt.Println([]byte("€"), []rune("€"), string([]rune{8364}))
	// converting []byte to string in comparisons
	x := []byte("key")
	fmt.Println(string(x) == "key", string(x[:2]) < "kez")
}
