// Package time: the API golite's type checker sees for import "time".
//
// Names, signatures and constant values are Go 1.19's (src/time, Copyright The Go
// Authors, BSD-style licence). Functions are declared without bodies: golite's
// runtime supplies them. Checked against Go by stdlib/verify_api.sh.
package time

// These are predefined layouts for use in Time.Format and time.Parse.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
)

const (
	January   Month = 1
	February  Month = 2
	March     Month = 3
	April     Month = 4
	May       Month = 5
	June      Month = 6
	July      Month = 7
	August    Month = 8
	September Month = 9
	October   Month = 10
	November  Month = 11
	December  Month = 12
)

const (
	Sunday    Weekday = 0
	Monday    Weekday = 1
	Tuesday   Weekday = 2
	Wednesday Weekday = 3
	Thursday  Weekday = 4
	Friday    Weekday = 5
	Saturday  Weekday = 6
)

// Common durations.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location

// Local represents the system's local time zone.
var Local *Location

// After waits for the duration to elapse and then sends the current time on the returned
// channel.
func After(d Duration) <-chan Time

// AfterFunc waits for the duration to elapse and then calls f in its own goroutine.
func AfterFunc(d Duration, f func()) *Timer

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec nanoseconds in the
// appropriate zone for that time in the given location.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time

// FixedZone returns a Location that always uses the given zone name and offset (seconds east of
// UTC).
func FixedZone(name string, offset int) *Location

// LoadLocation returns the Location with the given name.
func LoadLocation(name string) (*Location, error)

// LoadLocationFromTZData returns a Location with the given name initialized from the IANA Time
// Zone database-formatted data.
func LoadLocationFromTZData(name string, data []byte) (*Location, error)

// NewTicker returns a new Ticker containing a channel that will send the current time on the
// channel after each tick.
func NewTicker(d Duration) *Ticker

// NewTimer creates a new Timer that will send the current time on its channel after at least
// duration d.
func NewTimer(d Duration) *Timer

// Now returns the current local time.
func Now() Time

// Parse parses a formatted string and returns the time value it represents.
func Parse(layout, value string) (Time, error)

// ParseDuration parses a duration string.
func ParseDuration(s string) (Duration, error)

// ParseInLocation is like Parse but differs in two important ways.
func ParseInLocation(layout, value string, loc *Location) (Time, error)

// Since returns the time elapsed since t.
func Since(t Time) Duration

// Sleep pauses the current goroutine for at least the duration d.
func Sleep(d Duration)

// Tick is a convenience wrapper for NewTicker providing access to the ticking channel only.
func Tick(d Duration) <-chan Time

// Unix returns the local Time corresponding to the given Unix time, sec seconds and nsec
// nanoseconds since January 1, 1970 UTC.
func Unix(sec int64, nsec int64) Time

// UnixMicro returns the local Time corresponding to the given Unix time, usec microseconds
// since January 1, 1970 UTC.
func UnixMicro(usec int64) Time

// UnixMilli returns the local Time corresponding to the given Unix time, msec milliseconds
// since January 1, 1970 UTC.
func UnixMilli(msec int64) Time

// Until returns the duration until t.
func Until(t Time) Duration

// A Duration represents the elapsed time between two instants as an int64 nanosecond count.
type Duration int64

// Abs returns the absolute value of d.
func (d Duration) Abs() Duration

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64

// Round returns the result of rounding d to the nearest multiple of m.
func (d Duration) Round(m Duration) Duration

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64

// String returns a string representing the duration in the form "72h3m0.5s".
func (d Duration) String() string

// Truncate returns the result of rounding d toward zero to a multiple of m.
func (d Duration) Truncate(m Duration) Duration

// A Location maps time instants to the zone in use at that time.
type Location struct {
	name       string
	extend     string
	cacheStart int64
	cacheEnd   int64
	_          [0]func() // not comparable, as in Go
}

// String returns a descriptive name for the time zone information, corresponding to the name
// argument to LoadLocation or FixedZone.
func (l *Location) String() string

// A Month specifies a month of the year (January = 1, ...).
type Month int

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string

// ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error returns the string representation of a ParseError.
func (e *ParseError) Error() string

// A Ticker holds a channel that delivers “ticks” of a clock at intervals.
type Ticker struct {
	C <-chan Time
	_ [0]func() // not comparable, as in Go
}

// Reset stops a ticker and resets its period to the specified duration.
func (t *Ticker) Reset(d Duration)

// Stop turns off a ticker.
func (t *Ticker) Stop()

// A Time represents an instant in time with nanosecond precision.
type Time struct {
	wall uint64
	ext  int64
	loc  *Location
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time

// AddDate returns the time corresponding to adding the given number of years, months, and days
// to t.
func (t Time) AddDate(years int, months int, days int) Time

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool

// AppendFormat is like Format but appends the textual representation to b and returns the
// extended buffer.
func (t Time) AppendFormat(b []byte, layout string) []byte

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int)

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int)

// Day returns the day of the month specified by t.
func (t Time) Day() int

// Equal reports whether t and u represent the same time instant.
func (t Time) Equal(u Time) bool

// Format returns a textual representation of the time value formatted according to the layout
// defined by the argument.
func (t Time) Format(layout string) string

// GoString implements fmt.GoStringer and formats t to be printed in Go source code.
func (t Time) GoString() string

// GobDecode implements the gob.GobDecoder interface.
func (t *Time) GobDecode(data []byte) error

// GobEncode implements the gob.GobEncoder interface.
func (t Time) GobEncode() ([]byte, error)

// Hour returns the hour within the day specified by t, in the range [0, 23].
func (t Time) Hour() int

// ISOWeek returns the ISO 8601 year and week number in which t occurs.
func (t Time) ISOWeek() (year, week int)

// In returns a copy of t representing the same time instant, but with the copy's location
// information set to loc for display purposes.
func (t Time) In(loc *Location) Time

// IsDST reports whether the time in the configured location is in Daylight Savings Time.
func (t Time) IsDST() bool

// IsZero reports whether t represents the zero time instant, January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool

// Local returns t with the location set to local time.
func (t Time) Local() Time

// Location returns the time zone information associated with t.
func (t Time) Location() *Location

// MarshalBinary implements the encoding.BinaryMarshaler interface.
func (t Time) MarshalBinary() ([]byte, error)

// MarshalJSON implements the json.Marshaler interface.
func (t Time) MarshalJSON() ([]byte, error)

// MarshalText implements the encoding.TextMarshaler interface.
func (t Time) MarshalText() ([]byte, error)

// Minute returns the minute offset within the hour specified by t, in the range [0, 59].
func (t Time) Minute() int

// Month returns the month of the year specified by t.
func (t Time) Month() Month

// Nanosecond returns the nanosecond offset within the second specified by t, in the range [0,
// 999999999].
func (t Time) Nanosecond() int

// Round returns the result of rounding t to the nearest multiple of d (since the zero time).
func (t Time) Round(d Duration) Time

// Second returns the second offset within the minute specified by t, in the range [0, 59].
func (t Time) Second() int

// String returns the time formatted using the format string "2006-01-02 15:04:05.999999999
// -0700 MST" If the time has a monotonic clock reading, the returned string includes a final
// field "m=±<value>", where value is the monotonic clock reading formatted as a decimal number
// of seconds.
func (t Time) String() string

// Sub returns the duration t-u.
func (t Time) Sub(u Time) Duration

// Truncate returns the result of rounding t down to a multiple of d (since the zero time).
func (t Time) Truncate(d Duration) Time

// UTC returns t with the location set to UTC.
func (t Time) UTC() Time

// Unix returns t as a Unix time, the number of seconds elapsed since January 1, 1970 UTC.
func (t Time) Unix() int64

// UnixMicro returns t as a Unix time, the number of microseconds elapsed since January 1, 1970
// UTC.
func (t Time) UnixMicro() int64

// UnixMilli returns t as a Unix time, the number of milliseconds elapsed since January 1, 1970
// UTC.
func (t Time) UnixMilli() int64

// UnixNano returns t as a Unix time, the number of nanoseconds elapsed since January 1, 1970
// UTC.
func (t Time) UnixNano() int64

// UnmarshalBinary implements the encoding.BinaryUnmarshaler interface.
func (t *Time) UnmarshalBinary(data []byte) error

// UnmarshalJSON implements the json.Unmarshaler interface.
func (t *Time) UnmarshalJSON(data []byte) error

// UnmarshalText implements the encoding.TextUnmarshaler interface.
func (t *Time) UnmarshalText(data []byte) error

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday

// Year returns the year in which t occurs.
func (t Time) Year() int

// YearDay returns the day of the year specified by t, in the range [1,365] for non-leap years,
// and [1,366] in leap years.
func (t Time) YearDay() int

// Zone computes the time zone in effect at time t, returning the abbreviated name of the zone
// (such as "CET") and its offset in seconds east of UTC.
func (t Time) Zone() (name string, offset int)

// ZoneBounds returns the bounds of the time zone in effect at time t.
func (t Time) ZoneBounds() (start, end Time)

// The Timer type represents a single event.
type Timer struct {
	C <-chan Time
	_ [0]func() // not comparable, as in Go
}

// Reset changes the timer to expire after duration d.
func (t *Timer) Reset(d Duration) bool

// Stop prevents the Timer from firing.
func (t *Timer) Stop() bool

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string
