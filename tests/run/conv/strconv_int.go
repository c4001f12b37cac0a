// run

package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, n := range []int{0, 7, -42, 1 << 40, -9223372036854775808} {
		fmt.Println(strconv.Itoa(n), strconv.FormatInt(int64(n), 2), strconv.FormatInt(int64(n), 16), strconv.FormatInt(int64(n), 36))
	}
	fmt.Println(strconv.FormatUint(18446744073709551615, 10), strconv.FormatUint(255, 8))
	for _, s := range []string{"123", "-123", "+5", "0", "007", "1_000", "12a", "", " 1", "9223372036854775807", "9223372036854775808", "-9223372036854775809"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	type pc struct {
		s    string
		base int
		bits int
	}
	for _, c := range []pc{{"ff", 16, 64}, {"-80", 16, 8}, {"-81", 16, 8}, {"0x1F", 0, 64}, {"0b1011", 0, 64}, {"0o17", 0, 64}, {"017", 0, 64}, {"1_000_000", 0, 64}, {"zz", 36, 64}, {"128", 10, 8}, {"777", 8, 16}, {"102", 2, 64}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Printf("ParseInt(%q,%d,%d) = %d, %v\n", c.s, c.base, c.bits, n, err)
	}
	for _, s := range []string{"255", "256", "-1", "18446744073709551615", "18446744073709551616"} {
		u8, err1 := strconv.ParseUint(s, 10, 8)
		u64, err2 := strconv.ParseUint(s, 10, 64)
		fmt.Println(s, u8, err1, u64, err2)
	}
	for _, s := range []string{"true", "false", "1", "0", "T", "F", "TRUE", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -99, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendUint(buf, 0xBEEF, 16)
	buf = append(buf, ' ')
	buf = strconv.AppendBool(buf, true)
	fmt.Println(string(buf))
}
