// run

package main

import (
	"fmt"
	"sort"
)

type Graph struct {
	Edges map[string]map[string]int
	Names map[int]string
	Count int
}

func NewGraph() *Graph {
	return &Graph{Edges: map[string]map[string]int{}, Names: make(map[int]string)}
}

func (g *Graph) Add(a, b string, w int) {
	if g.Edges[a] == nil {
		g.Edges[a] = map[string]int{}
		g.Names[len(g.Names)] = a
	}
	g.Edges[a][b] = w
	g.Count++
}

type Inventory struct {
	items map[string]Item
}

type Item struct {
	Qty   int
	Price float64
}

type Matrix map[int]map[int]float64

func (m Matrix) Set(i, j int, v float64) {
	row, ok := m[i]
	if !ok {
		row = map[int]float64{}
		m[i] = row
	}
	row[j] = v
}

func main() {
	g := NewGraph()
	g.Add("a", "b", 1)
	g.Add("a", "c", 2)
	g.Add("b", "c", 3)
	g.Add("c", "a", 4)
	fmt.Println(g.Edges, g.Names, g.Count)
	fmt.Println(len(g.Edges), len(g.Edges["a"]), g.Edges["a"]["c"], g.Edges["z"]["y"])
	delete(g.Edges["a"], "b")
	fmt.Println(g.Edges["a"])
	from := make([]string, 0)
	for k := range g.Edges {
		from = append(from, k)
	}
	sort.Strings(from)
	for _, k := range from {
		to := []string{}
		for t := range g.Edges[k] {
			to = append(to, t)
		}
		sort.Strings(to)
		fmt.Println(k, "->", to)
	}

	// struct values are copies: modify and store back
	inv := Inventory{items: map[string]Item{}}
	inv.items["apple"] = Item{3, 0.5}
	it := inv.items["apple"]
	it.Qty += 10
	fmt.Println(inv.items["apple"].Qty, it.Qty)
	inv.items["apple"] = it
	fmt.Println(inv.items["apple"], inv.items["pear"])
	fmt.Printf("%+v\n", inv)

	// map of maps of maps
	deep := map[int]map[int]map[int]int{}
	for i := 0; i < 4; i++ {
		deep[i] = map[int]map[int]int{}
		for j := 0; j < 4; j++ {
			deep[i][j] = map[int]int{}
			for k := 0; k < 4; k++ {
				deep[i][j][k] = i*100 + j*10 + k
			}
		}
	}
	s := 0
	for _, a := range deep {
		for _, b := range a {
			for _, c := range b {
				s += c
			}
		}
	}
	fmt.Println(s, deep[3][2][1], deep[1])

	// named map type with methods
	mx := Matrix{}
	mx.Set(0, 0, 1)
	mx.Set(0, 1, 2)
	mx.Set(5, 5, 3)
	fmt.Println(mx, len(mx), mx[5][5], mx[4][4])

	// maps as values of slices and arrays
	arr := [3]map[string]int{}
	arr[1] = map[string]int{"x": 1}
	fmt.Println(arr, arr[0] == nil, arr[1]["x"])
	sl := []map[int]bool{{1: true}, {2: false}, nil}
	sl[0][3] = true
	fmt.Println(sl, len(sl[0]), sl[2][0])

	// map values that are slices of maps
	ms := map[string][]map[string]int{}
	ms["a"] = append(ms["a"], map[string]int{"n": 1})
	ms["a"] = append(ms["a"], map[string]int{"n": 2})
	ms["a"][0]["n"] += 10
	fmt.Println(ms)

	// map values that are funcs and closures
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	base := 100
	ops["off"] = func(a, b int) int { return a + b + base }
	base = 1000
	names := []string{}
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, ops[n](3, 4))
	}
	if f, ok := ops["div"]; !ok && f == nil {
		fmt.Println("no div")
	}

	// maps of pointers to structs, mutated through the map
	type Node struct {
		Val      int
		Children map[string]*Node
	}
	root := &Node{Children: map[string]*Node{}}
	root.Children["l"] = &Node{Val: 1, Children: map[string]*Node{}}
	root.Children["l"].Children["ll"] = &Node{Val: 2}
	root.Children["l"].Val += 5
	fmt.Println(root.Children["l"].Val, root.Children["l"].Children["ll"].Val, root.Children["r"] == nil)

	// an anonymous struct of maps
	var cfg struct {
		Env  map[string]string
		Port map[string]int
	}
	cfg.Env = map[string]string{"HOME": "/root"}
	cfg.Port = map[string]int{"http": 80, "https": 443}
	fmt.Printf("%v\n%+v\n", cfg, cfg)
}
