"""Qt-free domain: the rules of 伴走支援, ロカベン and Japanese business conventions.

Nothing here imports Qt, the store, or any other part of the app.
"""
