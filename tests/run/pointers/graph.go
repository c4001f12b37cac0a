// run

package main

import "fmt"

type Vertex struct {
	ID      int
	Edges   []*Vertex
	Visited bool
	Dist    int
}

type Graph struct{ V []*Vertex }

func NewGraph(n int) *Graph {
	g := &Graph{}
	for i := 0; i < n; i++ {
		g.V = append(g.V, &Vertex{ID: i, Dist: -1})
	}
	return g
}

func (g *Graph) Edge(a, b int) {
	g.V[a].Edges = append(g.V[a].Edges, g.V[b])
	g.V[b].Edges = append(g.V[b].Edges, g.V[a])
}

func (g *Graph) Reset() {
	for _, v := range g.V {
		v.Visited = false
		v.Dist = -1
	}
}

func dfs(v *Vertex, order *[]int) {
	v.Visited = true
	*order = append(*order, v.ID)
	for _, w := range v.Edges {
		if !w.Visited {
			dfs(w, order)
		}
	}
}

func (g *Graph) BFS(start int) {
	q := []*Vertex{g.V[start]}
	g.V[start].Dist = 0
	for len(q) > 0 {
		v := q[0]
		q = q[1:]
		for _, w := range v.Edges {
			if w.Dist < 0 {
				w.Dist = v.Dist + 1
				q = append(q, w)
			}
		}
	}
}

func main() {
	g := NewGraph(10)
	edges := [][2]int{{0, 1}, {0, 2}, {1, 3}, {2, 3}, {3, 4}, {4, 5}, {5, 6}, {2, 6}, {7, 8}}
	for _, e := range edges {
		g.Edge(e[0], e[1])
	}
	var order []int
	dfs(g.V[0], &order)
	fmt.Println("dfs:", order)
	comps := 0
	g.Reset()
	for _, v := range g.V {
		if !v.Visited {
			var c []int
			dfs(v, &c)
			comps++
			fmt.Println("component", comps, c)
		}
	}
	g.Reset()
	g.BFS(0)
	for _, v := range g.V {
		fmt.Printf("dist(0,%d) = %d\n", v.ID, v.Dist)
	}
	for _, v := range g.V {
		ids := []int{}
		for _, w := range v.Edges {
			ids = append(ids, w.ID)
		}
		fmt.Println(v.ID, "->", ids)
	}
}
