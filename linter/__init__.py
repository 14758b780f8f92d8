"""camket: lint Vietnamese party commitment documents and the plans they implement."""

__version__ = "0.1.0"
