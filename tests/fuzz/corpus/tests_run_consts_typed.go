// run

package main

import "fmt"

type Meters float64
type Seconds float64
type ID int32
type Level uint8

const (
	Marathon Meters  = 42195
	Minute   Seconds = 60
	Hour             = 60 * Minute
	MaxID    ID      = 1<<31 - 1
	Debug    Level   = 10
	Info             = Debug + 10
)

func speed(d Meters, t Seconds) float64 { return float64(d) / float64(t) }

func main() {
	fmt.Println(Marathon, Minute, Hour, MaxID, Debug, Info)
	fmt.Printf("%T %T %T %T\n", Hour, MaxID, Info, Marathon/2)
	fmt.Printf("%.3f m/s\n", speed(Marathon, 2*Hour+Minute*5))
	fmt.Println(Marathon/1000, Marathon*2)
	var id ID = MaxID
	id++
	fmt.Println(id)
	lv := Info * 12
	fmt.Println(lv)
	const untypedBig = 1000
	var l Level = 200
	l += untypedBig % 256
	fmt.Println(l)
	const typedStr string = "typed"
	type Name string
	var n Name = "untyped literal ok"
	fmt.Println(typedStr, n)
	const b bool = 1 < 2
	type Flag bool
	var fl Flag = b == true
	fmt.Println(b, fl)
	const r rune = 'λ'
	fmt.Println(r, string(r))
	var durations = []Seconds{Minute, Hour, 90}
	total := Seconds(0)
	for _, d := range durations {
		total += d
	}
	fmt.Println(total, total/Minute)
	fmt.Println(Meters(1.5)*3, Seconds(10)/4)
}
