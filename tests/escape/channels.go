// escape
package main

type msg struct {
	id   int
	body *string
}

func sendPtr(ch chan *int) {
	x := 1
	ch <- &x
}

func sendIface(ch chan interface{}) {
	v := 42
	ch <- v
	ch <- "str"
}

func sendStruct(ch chan msg) {
	s := "body"
	ch <- msg{id: 1, body: &s}
}

func recvOnly(ch chan *int) int {
	p := <-ch
	return *p
}

func localChan() int {
	ch := make(chan *int, 1)
	y := 3
	ch <- &y
	return *<-ch
}

func selectSend(a, b chan *int) {
	z := 4
	select {
	case a <- &z:
	case b <- nil:
	}
}

func main() {
	c1 := make(chan *int, 2)
	sendPtr(c1)
	c2 := make(chan interface{}, 2)
	sendIface(c2)
	c3 := make(chan msg, 1)
	sendStruct(c3)
	m := <-c3
	selectSend(c1, c1)
	println(recvOnly(c1), (<-c2).(int), *m.body, localChan(), *<-c1)
}
