// errorcheck

package main

import str "strings" // ERROR "imported and not used: .strings. as str"

func main() {
}
