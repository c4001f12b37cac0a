// Package rand: the API golite's type checker sees for import "math/rand".
//
// Names, signatures and constant values are Go 1.19's (src/math/rand, Copyright The Go
// Authors, BSD-style licence). Functions are declared without bodies: golite's
// runtime supplies them. Checked against Go by stdlib/verify_api.sh.
package rand

// ExpFloat64 returns an exponentially distributed float64 in the range (0, +math.MaxFloat64]
// with an exponential distribution whose rate parameter (lambda) is 1 and whose mean is
// 1/lambda (1) from the default Source.
func ExpFloat64() float64

// Float32 returns, as a float32, a pseudo-random number in the half-open interval [0.0,1.0)
// from the default Source.
func Float32() float32

// Float64 returns, as a float64, a pseudo-random number in the half-open interval [0.0,1.0)
// from the default Source.
func Float64() float64

// Int returns a non-negative pseudo-random int from the default Source.
func Int() int

// Int31 returns a non-negative pseudo-random 31-bit integer as an int32 from the default
// Source.
func Int31() int32

// Int31n returns, as an int32, a non-negative pseudo-random number in the half-open interval
// [0,n) from the default Source.
func Int31n(n int32) int32

// Int63 returns a non-negative pseudo-random 63-bit integer as an int64 from the default
// Source.
func Int63() int64

// Int63n returns, as an int64, a non-negative pseudo-random number in the half-open interval
// [0,n) from the default Source.
func Int63n(n int64) int64

// Intn returns, as an int, a non-negative pseudo-random number in the half-open interval [0,n)
// from the default Source.
func Intn(n int) int

// New returns a new Rand that uses random values from src to generate other random values.
func New(src Source) *Rand

// NewSource returns a new pseudo-random Source seeded with the given value.
func NewSource(seed int64) Source

// NewZipf returns a Zipf variate generator.
func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf

// NormFloat64 returns a normally distributed float64 in the range [-math.MaxFloat64,
// +math.MaxFloat64] with standard normal distribution (mean = 0, stddev = 1) from the default
// Source.
func NormFloat64() float64

// Perm returns, as a slice of n ints, a pseudo-random permutation of the integers in the
// half-open interval [0,n) from the default Source.
func Perm(n int) []int

// Read generates len(p) random bytes from the default Source and writes them into p.
func Read(p []byte) (n int, err error)

// Seed uses the provided seed value to initialize the default Source to a deterministic state.
func Seed(seed int64)

// Shuffle pseudo-randomizes the order of elements using the default Source.
func Shuffle(n int, swap func(i, j int))

// Uint32 returns a pseudo-random 32-bit value as a uint32 from the default Source.
func Uint32() uint32

// Uint64 returns a pseudo-random 64-bit value as a uint64 from the default Source.
func Uint64() uint64

// A Rand is a source of random numbers.
type Rand struct {
	src     Source
	s64     Source64
	readVal int64
	readPos int8
}

// ExpFloat64 returns an exponentially distributed float64 in the range (0, +math.MaxFloat64]
// with an exponential distribution whose rate parameter (lambda) is 1 and whose mean is
// 1/lambda (1).
func (r *Rand) ExpFloat64() float64

// Float32 returns, as a float32, a pseudo-random number in the half-open interval [0.0,1.0).
func (r *Rand) Float32() float32

// Float64 returns, as a float64, a pseudo-random number in the half-open interval [0.0,1.0).
func (r *Rand) Float64() float64

// Int returns a non-negative pseudo-random int.
func (r *Rand) Int() int

// Int31 returns a non-negative pseudo-random 31-bit integer as an int32.
func (r *Rand) Int31() int32

// Int31n returns, as an int32, a non-negative pseudo-random number in the half-open interval
// [0,n).
func (r *Rand) Int31n(n int32) int32

// Int63 returns a non-negative pseudo-random 63-bit integer as an int64.
func (r *Rand) Int63() int64

// Int63n returns, as an int64, a non-negative pseudo-random number in the half-open interval
// [0,n).
func (r *Rand) Int63n(n int64) int64

// Intn returns, as an int, a non-negative pseudo-random number in the half-open interval [0,n).
func (r *Rand) Intn(n int) int

// NormFloat64 returns a normally distributed float64 in the range -math.MaxFloat64 through
// +math.MaxFloat64 inclusive, with standard normal distribution (mean = 0, stddev = 1).
func (r *Rand) NormFloat64() float64

// Perm returns, as a slice of n ints, a pseudo-random permutation of the integers in the
// half-open interval [0,n).
func (r *Rand) Perm(n int) []int

// Read generates len(p) random bytes and writes them into p.
func (r *Rand) Read(p []byte) (n int, err error)

// Seed uses the provided seed value to initialize the generator to a deterministic state.
func (r *Rand) Seed(seed int64)

// Shuffle pseudo-randomizes the order of elements.
func (r *Rand) Shuffle(n int, swap func(i, j int))

// Uint32 returns a pseudo-random 32-bit value as a uint32.
func (r *Rand) Uint32() uint32

// Uint64 returns a pseudo-random 64-bit value as a uint64.
func (r *Rand) Uint64() uint64

// A Source represents a source of uniformly-distributed pseudo-random int64 values in the range
// [0, 1<<63).
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 is a Source that can also generate uniformly-distributed pseudo-random uint64
// values in the range [0, 1<<64) directly.
type Source64 interface {
	Source
	Uint64() uint64
}

// A Zipf generates Zipf distributed variates.
type Zipf struct {
	r            *Rand
	imax         float64
	v            float64
	q            float64
	s            float64
	oneminusQ    float64
	oneminusQinv float64
	hxm          float64
	hx0minusHxm  float64
}

// Uint64 returns a value drawn from the Zipf distribution described by the Zipf object.
func (z *Zipf) Uint64() uint64
