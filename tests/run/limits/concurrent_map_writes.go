// run

package main

import "runtime"

// Two goroutines writing one map at once end with Go's fatal error
// "concurrent map writes" (the map's writing flag), not a corrupted map or a
// hang. The program asks for two Ps itself, so the writers overlap even when
// the environment says GOMAXPROCS=1 (with one P golite switches goroutines
// only at safepoints, never inside a map write).
func main() {
	runtime.GOMAXPROCS(2)
	m := map[int]int{}
	go func() {
		for i := 0; ; i++ {
			m[i%1000] = i
		}
	}()
	for i := 0; ; i++ {
		m[i%1000+1000] = i
	}
}
