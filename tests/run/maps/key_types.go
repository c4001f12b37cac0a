// run

package main

import "fmt"

type Pt struct{ X, Y int }

type Rec struct {
	Name string
	Pos  Pt
	Tags [2]string
	ok   bool
	f    float64
}

type Blank struct {
	A int
	_ int
	B string
}

type Small struct {
	a int8
	b int16
	c bool
}

type Big struct {
	Data [40]int // 320 bytes: stored indirectly in buckets
}

type ID int
type Name string

func main() {
	// struct keys
	ms := map[Pt]string{}
	for x := 0; x < 10; x++ {
		for y := 0; y < 10; y++ {
			ms[Pt{x, y}] = fmt.Sprint(x, ",", y)
		}
	}
	fmt.Println(len(ms), ms[Pt{3, 7}], ms[Pt{9, 9}], ms[Pt{10, 0}] == "")

	mr := map[Rec]int{}
	r1 := Rec{"a", Pt{1, 2}, [2]string{"x", "y"}, true, 1.5}
	r2 := r1
	r2.Tags[1] = "z"
	r3 := r1
	r3.f = -0.0 * 1
	mr[r1] = 1
	mr[r2] = 2
	mr[r3] = 3
	r4 := Rec{"a", Pt{1, 2}, [2]string{"x", "y"}, true, 1.5}
	fmt.Println(len(mr), mr[r4], mr[r2], mr[r3])

	// blank fields do not take part
	mb := map[Blank]int{}
	mb[Blank{A: 1, B: "x"}] = 10
	mb[Blank{A: 1, B: "x"}]++
	fmt.Println(len(mb), mb[Blank{A: 1, B: "x"}])

	// padding inside a struct key does not take part
	msm := map[Small]int{}
	for i := 0; i < 100; i++ {
		msm[Small{int8(i % 3), int16(i % 5), i%2 == 0}]++
	}
	fmt.Println(len(msm), msm[Small{0, 0, true}], msm[Small{1, 1, false}])

	// array keys
	ma := map[[3]int]int{}
	for i := 0; i < 27; i++ {
		ma[[3]int{i % 3, i / 3 % 3, i / 9}] = i
	}
	fmt.Println(len(ma), ma[[3]int{2, 2, 2}], ma[[3]int{1, 0, 0}], ma[[3]int{0, 0, 3}])
	mas := map[[2]string]int{{"a", "b"}: 1}
	k := [2]string{"a", ""}
	k[1] += "b"
	fmt.Println(mas[k])
	me := map[[0]int]string{}
	me[[0]int{}] = "empty"
	me[[0]int{}] += "!"
	fmt.Println(len(me), me[[0]int{}])
	mz := map[struct{}]int{}
	mz[struct{}{}]++
	mz[struct{}{}]++
	fmt.Println(len(mz), mz[struct{}{}])

	// big keys and values (stored indirectly)
	mbig := map[Big]Big{}
	for i := 0; i < 50; i++ {
		var b Big
		b.Data[0] = i
		b.Data[39] = -i
		var v Big
		v.Data[20] = i * i
		mbig[b] = v
	}
	var q Big
	q.Data[0], q.Data[39] = 7, -7
	fmt.Println(len(mbig), mbig[q].Data[20], mbig[Big{}].Data[20])
	q.Data[39] = 7
	_, found := mbig[q]
	fmt.Println(found)

	// pointer keys: identity, not contents
	p1, p2 := &Pt{1, 1}, &Pt{1, 1}
	mp := map[*Pt]string{p1: "p1", p2: "p2", nil: "nil"}
	fmt.Println(len(mp), mp[p1], mp[p2], mp[nil], mp[&Pt{1, 1}] == "")
	p1.X = 100
	fmt.Println(mp[p1])
	ptrs := make([]*int, 100)
	mpi := map[*int]int{}
	for i := range ptrs {
		ptrs[i] = new(int)
		mpi[ptrs[i]] = i
	}
	okAll := true
	for i, p := range ptrs {
		if mpi[p] != i {
			okAll = false
		}
	}
	fmt.Println(len(mpi), okAll)

	// named types as keys
	mid := map[ID]Name{1: "one", 2: "two"}
	mid[3] = "three"
	fmt.Println(mid[ID(1)], mid[2], mid[3], len(mid))
	mn := map[Name]ID{}
	mn["x"] = 5
	fmt.Println(mn["x"], mn[Name("x")])

	// small integer keys of every width
	m8 := map[int8]int{}
	m16 := map[uint16]int{}
	m32 := map[int32]int{}
	mu := map[uint64]int{}
	mup := map[uintptr]int{}
	for i := 0; i < 300; i++ {
		m8[int8(i)]++
		m16[uint16(i*300)]++
		m32[int32(-i)]++
		mu[uint64(i)<<40]++
		mup[uintptr(i)]++
	}
	fmt.Println(len(m8), m8[0], m8[-1], len(m16), len(m32), m32[-299], len(mu), len(mup))
	mbo := map[bool]int{}
	for i := 0; i < 7; i++ {
		mbo[i%3 == 0]++
	}
	fmt.Println(mbo)
	mcx := map[complex128]int{}
	mcx[complex(1, 2)]++
	mcx[complex(1, 2)]++
	mcx[complex(0, 0)]++
	mcx[complex(-0.0*1, 0)]++
	fmt.Println(len(mcx), mcx[1+2i], mcx[0])

	// long string keys with a shared prefix
	mls := map[string]int{}
	base := ""
	for i := 0; i < 100; i++ {
		base += "abcdefghij"
	}
	for i := 0; i < 100; i++ {
		mls[base[:i*10]+fmt.Sprint(i)] = i
	}
	fmt.Println(len(mls), mls[base[:500]+"50"], mls[base[:990]+"99"])
	mls[""] = -1
	fmt.Println(mls[""], len(mls))
	bs := []byte("hello")
	mls[string(bs)] = 5
	bs[0] = 'j'
	fmt.Println(mls["hello"], mls["jello"])
}
