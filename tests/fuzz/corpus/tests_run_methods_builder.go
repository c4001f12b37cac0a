// run

package main

import (
	"fmt"
	"strings"
)

type Query struct {
	table  string
	fields []string
	conds  []string
	limit  int
	order  string
}

func From(t string) *Query { return &Query{table: t, limit: -1} }

func (q *Query) Select(f ...string) *Query { q.fields = append(q.fields, f...); return q }
func (q *Query) Where(c string) *Query     { q.conds = append(q.conds, c); return q }
func (q *Query) Limit(n int) *Query        { q.limit = n; return q }
func (q *Query) OrderBy(o string) *Query   { q.order = o; return q }

func (q *Query) String() string {
	var sb strings.Builder
	sb.WriteString("SELECT ")
	if len(q.fields) == 0 {
		sb.WriteString("*")
	} else {
		sb.WriteString(strings.Join(q.fields, ", "))
	}
	sb.WriteString(" FROM " + q.table)
	if len(q.conds) > 0 {
		sb.WriteString(" WHERE " + strings.Join(q.conds, " AND "))
	}
	if q.order != "" {
		sb.WriteString(" ORDER BY " + q.order)
	}
	if q.limit >= 0 {
		fmt.Fprintf(&sb, " LIMIT %d", q.limit)
	}
	return sb.String()
}

type Money int64

func (m Money) Add(o Money) Money     { return m + o }
func (m Money) Mul(k int64) Money     { return m * Money(k) }
func (m Money) Percent(p int64) Money { return m * Money(p) / 100 }
func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

func main() {
	fmt.Println(From("users"))
	fmt.Println(From("users").Select("id", "name").Where("age > 18").Where("active").OrderBy("name").Limit(10))
	q := From("orders").Limit(0)
	q.Select("total")
	fmt.Println(q)
	price := Money(1999)
	fmt.Println(price, price.Mul(3), price.Mul(3).Add(-500), price.Percent(15), Money(-250))
	total := Money(0)
	for _, item := range []Money{250, 1999, 5, 100000} {
		total = total.Add(item.Add(item.Percent(8)))
	}
	fmt.Println(total)
	// a receipt, built with method chains on value receivers
	type line struct {
		name string
		qty  int64
		unit Money
	}
	lines := []line{{"apple", 3, 45}, {"bread", 1, 325}, {"cheese", 2, 799}, {"water", 6, 60}}
	var sub Money
	for _, l := range lines {
		cost := l.unit.Mul(l.qty)
		sub = sub.Add(cost)
		fmt.Printf("%-8s %2d x %7v = %8v\n", l.name, l.qty, l.unit, cost)
	}
	tax := sub.Percent(7)
	fmt.Printf("%-8s %21v\n%-8s %21v\n%-8s %21v\n", "subtotal", sub, "tax", tax, "total", sub.Add(tax))
	queries := []*Query{From("a"), From("b").Limit(1), From("c").Where("x").Where("y"), From("d").OrderBy("z").Select("q")}
	for i, q := range queries {
		fmt.Println(i, q.String())
	}
}
