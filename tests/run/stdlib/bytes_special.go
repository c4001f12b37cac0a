// run

package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func showb(name string, x []byte) {
	fmt.Printf("%s: %q len=%d nil=%v\n", name, x, len(x), x == nil)
}

func main() {
	upper := unicode.SpecialCase{unicode.CaseRange{Lo: 'i', Hi: 'i', Delta: [unicode.MaxCase]rune{'İ' - 'i', 0, 'İ' - 'i'}}}
	lower := unicode.SpecialCase{unicode.CaseRange{Lo: 'I', Hi: 'I', Delta: [unicode.MaxCase]rune{0, 'ı' - 'I', 0}}}
	showb("ToUpperSpecial", bytes.ToUpperSpecial(upper, []byte("iIıi abc")))
	showb("ToLowerSpecial", bytes.ToLowerSpecial(lower, []byte("IİABC")))
	showb("ToTitleSpecial", bytes.ToTitleSpecial(upper, []byte("abc ǆ i")))
	showb("ToTitleSpecial empty", bytes.ToTitleSpecial(unicode.SpecialCase{}, []byte("abc ǆ")))
	showb("ToUpperSpecial nil", bytes.ToUpperSpecial(upper, nil))
}
