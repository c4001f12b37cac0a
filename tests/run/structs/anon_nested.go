// run

package main

import "fmt"

type config struct {
	name   string
	server struct {
		host string
		port int
	}
	limits struct {
		maxConn int
		rates   [3]float64
	}
}

func main() {
	var c config
	c.name = "svc"
	c.server.host = "localhost"
	c.server.port = 8080
	c.limits.maxConn = 10
	c.limits.rates[1] = 2.5
	fmt.Printf("%v\n%+v\n", c, c)
	// anonymous struct values assigned between named and unnamed fields
	srv := c.server
	srv.port++
	fmt.Println(c.server.port, srv.port, srv)
	c.server = struct {
		host string
		port int
	}{"example", 443}
	fmt.Println(c.server)
	// table-driven loop over an anonymous struct slice
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"a", 1},
		{"héllo", 5},
		{"日本語", 3},
	}
	for i, tt := range tests {
		got := 0
		for range tt.in {
			got++
		}
		fmt.Printf("%d %q got=%d want=%d ok=%v\n", i, tt.in, got, tt.want, got == tt.want)
	}
	// pointer to an anonymous struct
	p := &struct {
		a, b int
	}{1, 2}
	p.a, p.b = p.b, p.a
	fmt.Println(*p, p.a)
	// empty struct values
	var e struct{}
	es := []struct{}{{}, {}, e}
	fmt.Println(e, es, len(es))
	// anonymous struct with embedded field
	w := struct {
		config
		extra bool
	}{c, true}
	fmt.Println(w.name, w.server.host, w.extra)
}
