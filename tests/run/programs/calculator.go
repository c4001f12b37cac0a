// run

package main

import (
	"errors"
	"fmt"
	"strconv"
)

type parser struct {
	src string
	pos int
}

var errDivZero = errors.New("division by zero")

func (p *parser) skip() {
	for p.pos < len(p.src) && p.src[p.pos] == ' ' {
		p.pos++
	}
}

func (p *parser) peek() byte {
	p.skip()
	if p.pos < len(p.src) {
		return p.src[p.pos]
	}
	return 0
}

// expr := term {('+'|'-') term}
func (p *parser) expr() (float64, error) {
	v, err := p.term()
	if err != nil {
		return 0, err
	}
	for {
		switch p.peek() {
		case '+':
			p.pos++
			w, err := p.term()
			if err != nil {
				return 0, err
			}
			v += w
		case '-':
			p.pos++
			w, err := p.term()
			if err != nil {
				return 0, err
			}
			v -= w
		default:
			return v, nil
		}
	}
}

// term := unary {('*'|'/'|'%') unary}
func (p *parser) term() (float64, error) {
	v, err := p.unary()
	if err != nil {
		return 0, err
	}
	for {
		op := p.peek()
		if op != '*' && op != '/' {
			return v, nil
		}
		p.pos++
		w, err := p.unary()
		if err != nil {
			return 0, err
		}
		if op == '*' {
			v *= w
		} else {
			if w == 0 {
				return 0, errDivZero
			}
			v /= w
		}
	}
}

func (p *parser) unary() (float64, error) {
	if p.peek() == '-' {
		p.pos++
		v, err := p.unary()
		return -v, err
	}
	return p.primary()
}

func (p *parser) primary() (float64, error) {
	c := p.peek()
	if c == '(' {
		p.pos++
		v, err := p.expr()
		if err != nil {
			return 0, err
		}
		if p.peek() != ')' {
			return 0, fmt.Errorf("expected ) at %d", p.pos)
		}
		p.pos++
		return v, nil
	}
	start := p.pos
	for p.pos < len(p.src) && (p.src[p.pos] >= '0' && p.src[p.pos] <= '9' || p.src[p.pos] == '.') {
		p.pos++
	}
	if start == p.pos {
		return 0, fmt.Errorf("unexpected %q at %d", string(c), p.pos)
	}
	return strconv.ParseFloat(p.src[start:p.pos], 64)
}

func eval(s string) (float64, error) {
	p := &parser{src: s}
	v, err := p.expr()
	if err == nil && p.peek() != 0 {
		err = fmt.Errorf("trailing input at %d", p.pos)
	}
	return v, err
}

func main() {
	for _, s := range []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"10 / 4",
		"-(2 + 3) * -2",
		"2 * (3 + (4 - 1)) / 3",
		"1 / 0",
		"1 / (2 - 2)",
		"3 +",
		"(1 + 2",
		"1.5 * 1.5",
		"1 2",
		"1..2",
		"0.1 + 0.2",
		"---3",
	} {
		v, err := eval(s)
		if err != nil {
			fmt.Printf("%-24q error: %v\n", s, err)
		} else {
			fmt.Printf("%-24q = %v\n", s, v)
		}
	}
}
