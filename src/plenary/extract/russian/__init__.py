"""Russian reports: the components that read them, beside the English ones.

Russian inflects what English leaves alone ("Совет", "Совета", "Советом"; "Путин", "Путину"),
so names are matched by the Snowball stems of their words (`gazetteer.py`), and the cue words
of dates, tenses and acts are stems and patterns in `lexicon.yaml`. Facts come out as the spec
writes them: English body ids, places and names from the reference data.
"""
