// run

package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
	numStates
)

var stateNames = [numStates]string{"Idle", "Running", "Paused", "Stopped"}

func (s State) String() string {
	if s < 0 || s >= numStates {
		return fmt.Sprintf("State(%d)", int(s))
	}
	return stateNames[s]
}

type Event int

const (
	Start Event = iota + 1
	Pause
	Resume
	Stop
)

var transitions = [numStates][5]State{
	Idle:    {Start: Running},
	Running: {Pause: Paused, Stop: Stopped},
	Paused:  {Resume: Running, Stop: Stopped},
}

func step(s State, e Event) (State, bool) {
	next := transitions[s][e]
	if next == Idle {
		return s, false
	}
	return next, true
}

type Size uint

const (
	_          = iota
	Small Size = iota * 10
	Medium
	Large
)

func main() {
	s := Idle
	for _, e := range []Event{Pause, Start, Pause, Start, Resume, Stop, Start} {
		next, ok := step(s, e)
		fmt.Printf("%-8v + event %d -> %-8v ok=%v\n", s, e, next, ok)
		s = next
	}
	fmt.Println(State(9), numStates)
	fmt.Println(Small, Medium, Large)
	for st := Idle; st < numStates; st++ {
		fmt.Printf("%d=%s ", st, st)
	}
	fmt.Println()
}
