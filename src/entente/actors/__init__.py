"""Actors: the lexicon of states, bodies, forces and office holders, and resolution."""
from .lexicon import Lexicon, load_lexicon
from .resolve import Resolver

__all__ = ["Lexicon", "Resolver", "load_lexicon"]
