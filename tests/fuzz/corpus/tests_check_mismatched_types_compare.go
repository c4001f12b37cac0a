// errorcheck

package main

func main() {
	var i int32 = 1
	var j int64 = 1
	if i == j { // ERROR "invalid operation: i == j \(mismatched types int32 and int64\)"
	}
}
